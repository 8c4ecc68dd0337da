'use strict';
// Renders Block Kit (header, section with fields and accessory, context, divider, actions, image,
// input, rich_text) as HTML. Interactive elements call ctx.act(blockId, actionId, chosen), which the
// page turns into the block_actions payload Slack would send.
const Blocks = (() => {
  const { toHtml, plain, esc } = Mrkdwn;
  const node = (tag, className, html) => {
    const n = document.createElement(tag);
    if (className) n.className = className;
    if (html !== undefined) n.innerHTML = html;
    return n;
  };

  function text(object, ws) {
    if (!object) return '';
    return object.type === 'mrkdwn' ? toHtml(object.text, ws) : plain(object.text, object.emoji);
  }

  function button(element, blockId, ctx) {
    const b = node('button', 'bk-button' + (element.style ? ' ' + element.style : ''), plain(element.text.text, element.text.emoji));
    b.type = 'button';
    b.dataset.actionId = element.action_id;
    b.addEventListener('click', () => {
      if (element.confirm && !window.confirm(element.confirm.title.text + '\n\n' + (element.confirm.text.text || ''))) return;
      if (element.url) window.open(element.url, '_blank', 'noopener');
      ctx.act(blockId, element.action_id, []);
    });
    return b;
  }

  function overflow(element, blockId, ctx) {
    const box = node('div', 'bk-overflow');
    const toggle = node('button', 'bk-button overflow-toggle', '⋯');
    toggle.type = 'button';
    toggle.title = 'More actions';
    const menu = node('div', 'bk-overflow-menu');
    menu.hidden = true;
    (element.options || []).forEach(o => {
      const item = node('button', 'bk-overflow-item', plain(o.text.text, o.text.emoji));
      item.type = 'button';
      item.dataset.value = o.value;
      item.addEventListener('click', () => { menu.hidden = true; ctx.act(blockId, element.action_id, [o.value]); });
      menu.append(item);
    });
    toggle.addEventListener('click', () => { menu.hidden = !menu.hidden; });
    box.append(toggle, menu);
    return box;
  }

  /** An interactive element of an actions block or a section's accessory. */
  function element(e, blockId, ctx) {
    if (e.type === 'button' || e.type === 'workflow_button') return button(e, blockId, ctx);
    if (e.type === 'overflow') return overflow(e, blockId, ctx);
    if (e.type === 'image') {
      const img = node('img', 'bk-accessory-image');
      img.src = e.image_url; img.alt = e.alt_text || '';
      return img;
    }
    // In a view a change only records state unless the element asks to dispatch; in a message it acts.
    const control = Inputs.control(e, blockId, ctx.workspace,
      ctx.inView && !ctx.dispatchAll ? null : chosen => ctx.act(blockId, e.action_id, chosen));
    return control || node('span', 'bk-unknown', '[' + esc(e.type) + ']');
  }

  function section(b, ctx) {
    const s = node('div', 'bk-section');
    const body = node('div', 'bk-section-body');
    if (b.text) body.append(node('div', 'bk-text', text(b.text, ctx.workspace)));
    if (b.fields) {
      const fields = node('div', 'bk-fields');
      b.fields.forEach(f => fields.append(node('div', 'bk-field', text(f, ctx.workspace))));
      body.append(fields);
    }
    s.append(body);
    if (b.accessory) {
      const accessory = node('div', 'bk-accessory');
      accessory.append(element(b.accessory, b.block_id, ctx));
      s.append(accessory);
    }
    return s;
  }

  function input(b, ctx) {
    const box = node('div', 'bk-input');
    box.dataset.blockId = b.block_id;
    const label = node('label', 'bk-label', plain(b.label.text, b.label.emoji) + (b.optional ? ' <span class="optional">(optional)</span>' : ''));
    box.append(label);
    const withDispatch = Object.assign({}, ctx, { dispatchAll: b.dispatch_action === true });
    box.append(element(b.element, b.block_id, withDispatch));
    if (b.hint) box.append(node('div', 'bk-hint', plain(b.hint.text, b.hint.emoji)));
    const error = (ctx.errors || {})[b.block_id];
    if (error) box.append(node('div', 'bk-error', esc(error)));
    return box;
  }

  function richText(b, ctx) {
    const words = [];
    const walk = e => {
      if (e.type === 'text') words.push(esc(e.text));
      else if (e.type === 'user') words.push(toHtml('<@' + e.user_id + '>', ctx.workspace));
      else if (e.type === 'link') words.push(toHtml('<' + e.url + (e.text ? '|' + e.text : '') + '>', ctx.workspace));
      else if (e.type === 'emoji') words.push(toHtml(':' + e.name + ':', ctx.workspace));
      (e.elements || []).forEach(walk);
      if (/^rich_text_(section|list|preformatted|quote)$/.test(e.type)) words.push('<br>');
    };
    (b.elements || []).forEach(walk);
    return node('div', 'bk-text', words.join('').replace(/\n/g, '<br>'));
  }

  function block(b, ctx) {
    switch (b.type) {
      case 'header': return node('div', 'bk-header', text(b.text, ctx.workspace));
      case 'section': return section(b, ctx);
      case 'divider': return node('hr', 'bk-divider');
      case 'context': {
        const c = node('div', 'bk-context');
        (b.elements || []).forEach(e => c.append(e.type === 'image'
          ? Object.assign(node('img', 'bk-context-image'), { src: e.image_url, alt: e.alt_text || '' })
          : node('span', 'bk-context-item', text(e, ctx.workspace))));
        return c;
      }
      case 'actions': {
        const a = node('div', 'bk-actions');
        (b.elements || []).forEach(e => a.append(element(e, b.block_id, ctx)));
        return a;
      }
      case 'image': {
        const figure = node('figure', 'bk-image');
        const img = node('img');
        img.src = b.image_url; img.alt = b.alt_text || '';
        figure.append(img);
        if (b.title) figure.append(node('figcaption', '', text(b.title, ctx.workspace)));
        return figure;
      }
      case 'input': return input(b, ctx);
      case 'rich_text': return richText(b, ctx);
      default: return node('div', 'bk-unknown', '[' + esc(b.type) + ' block]');
    }
  }

  /** The blocks as one element; each block keeps its block_id for the page and the tests. */
  function render(blocks, ctx) {
    const root = node('div', 'bk');
    (blocks || []).forEach(b => {
      const rendered = block(b, ctx);
      rendered.dataset.blockId = b.block_id;
      rendered.classList.add('bk-block');
      root.append(rendered);
    });
    return root;
  }

  return { render, text };
})();
