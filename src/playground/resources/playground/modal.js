'use strict';
// A person's top modal as a dialog: title, blocks with inputs, field errors under their inputs, and
// Close / Submit. Submitting sends the entered values; the page server builds the view_submission.
const Modal = (() => {
  let shown = null; // {id, json} of the modal on screen, to redraw only when it changed

  function node(tag, className, html) {
    const n = document.createElement(tag);
    if (className) n.className = className;
    if (html !== undefined) n.innerHTML = html;
    return n;
  }

  /** Shows (or hides, for null) the modal; keeps what was typed when only the errors changed. */
  function show(modal, page) {
    const backdrop = document.getElementById('modal-backdrop');
    const box = document.getElementById('modal');
    if (!modal) {
      backdrop.hidden = true;
      box.innerHTML = '';
      shown = null;
      return;
    }
    const json = JSON.stringify(modal);
    if (shown && shown.json === json) return;
    const keep = shown && shown.id === modal.id && shown.view === JSON.stringify(modal.view)
      ? Inputs.collect(box) : null;
    const view = modal.view;
    box.innerHTML = '';
    box.dataset.viewId = modal.id;
    box.dataset.callbackId = view.callback_id || '';
    box.append(node('h2', 'modal-title', Mrkdwn.plain(view.title ? view.title.text : '')));
    const general = modal.errors[''];
    if (general) box.append(node('div', 'bk-error general', Mrkdwn.esc(general)));
    const body = node('form', 'modal-body');
    body.addEventListener('submit', e => { e.preventDefault(); submit(page); });
    body.append(Blocks.render(view.blocks, {
      workspace: page.workspace, inView: true, errors: modal.errors,
      act: (blockId, actionId, chosen) => page.post('click', {
        viewId: modal.id, blockId, actionId, chosen, values: Inputs.collect(box) }),
    }));
    box.append(body);
    const footer = node('div', 'modal-footer');
    const close = node('button', 'bk-button', Mrkdwn.plain(view.close ? view.close.text : 'Close'));
    close.type = 'button';
    close.id = 'modal-close';
    close.addEventListener('click', () => page.post('close', { viewId: modal.id }));
    footer.append(close);
    if (view.submit) {
      const submitButton = node('button', 'bk-button primary', Mrkdwn.plain(view.submit.text));
      submitButton.type = 'button';
      submitButton.id = 'modal-submit';
      submitButton.addEventListener('click', () => submit(page));
      footer.append(submitButton);
    }
    box.append(footer);
    if (keep) Inputs.restore(box, keep);
    shown = { id: modal.id, json, view: JSON.stringify(view) };
    backdrop.hidden = false;
  }

  function submit(page) {
    const box = document.getElementById('modal');
    page.post('submit', { viewId: box.dataset.viewId, values: Inputs.collect(box) });
  }

  return { show };
})();
