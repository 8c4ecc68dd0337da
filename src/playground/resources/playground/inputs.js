'use strict';
// Block Kit's value-holding elements as form controls: text inputs, date and time pickers, selects,
// checkboxes and radio buttons. Each control carries its block and action id, so that the page can
// collect what a person entered as {block_id: {action_id: [values]}} for Samen's state.values.
const Inputs = (() => {
  const { plain } = Mrkdwn;

  const node = (tag, attrs = {}) => Object.assign(document.createElement(tag), attrs);
  const optionText = (o, ws) => o.text.type === 'mrkdwn' ? Mrkdwn.toHtml(o.text.text, ws) : plain(o.text.text, o.text.emoji);
  const allOptions = e => (e.options || []).concat(...(e.option_groups || []).map(g => g.options || []));

  function mark(control, element, blockId) {
    control.dataset.blockId = blockId;
    control.dataset.actionId = element.action_id;
    control.dataset.kind = element.type;
    control.classList.add('bk-control');
    return control;
  }

  function textInput(element) {
    const types = { email_text_input: 'email', url_text_input: 'url', number_input: 'number' };
    const input = element.multiline ? node('textarea', { rows: 4 }) : node('input', { type: types[element.type] || 'text' });
    input.value = element.initial_value || '';
    if (element.placeholder) input.placeholder = element.placeholder.text;
    if (element.max_length) input.maxLength = element.max_length;
    if (element.type === 'number_input' && element.is_decimal_allowed) input.step = 'any';
    return input;
  }

  function select(element, ws) {
    const multi = element.type.startsWith('multi_');
    const sel = node('select', { multiple: multi });
    if (!multi) {
      sel.append(node('option', { value: '', textContent: element.placeholder ? element.placeholder.text : 'Choose…' }));
    }
    if (element.type.endsWith('users_select')) {
      const initial = element.initial_users || [element.initial_user];
      ws.people.forEach(p => sel.append(node('option', { value: p.id, textContent: p.name, selected: initial.includes(p.id) })));
      return sel;
    }
    const initial = (element.initial_options || [element.initial_option]).filter(Boolean).map(o => o.value);
    const add = (parent, o) => parent.append(node('option', { value: o.value, textContent: o.text.text, selected: initial.includes(o.value) }));
    (element.options || []).forEach(o => add(sel, o));
    (element.option_groups || []).forEach(g => {
      const group = node('optgroup', { label: g.label.text });
      (g.options || []).forEach(o => add(group, o));
      sel.append(group);
    });
    return sel;
  }

  function choices(element, ws, blockId) {
    const box = node('div', { className: 'bk-choices' });
    const kind = element.type === 'checkboxes' ? 'checkbox' : 'radio';
    const initial = (element.initial_options || [element.initial_option]).filter(Boolean).map(o => o.value);
    (element.options || []).forEach(o => {
      const label = node('label', { className: 'bk-choice' });
      const input = node('input', { type: kind, value: o.value, name: blockId + '/' + element.action_id, checked: initial.includes(o.value) });
      const span = node('span');
      span.innerHTML = optionText(o, ws);
      label.append(input, span);
      box.append(label);
    });
    return box;
  }

  /** A control for the element, or null if it holds no value (buttons, overflow menus, images). */
  function control(element, blockId, ws, onChange) {
    let c;
    switch (element.type) {
      case 'plain_text_input': case 'email_text_input': case 'url_text_input': case 'number_input':
        c = textInput(element); break;
      case 'datepicker':
        c = node('input', { type: 'date', value: element.initial_date || '' }); break;
      case 'timepicker':
        c = node('input', { type: 'time', value: element.initial_time || '' }); break;
      case 'static_select': case 'multi_static_select': case 'users_select': case 'multi_users_select':
        c = select(element, ws); break;
      case 'checkboxes': case 'radio_buttons':
        c = choices(element, ws, blockId); break;
      default:
        return null;
    }
    mark(c, element, blockId);
    if (onChange) c.addEventListener('change', () => onChange(valuesOf(c)));
    return c;
  }

  function valuesOf(c) {
    if (c.tagName === 'SELECT') return Array.from(c.selectedOptions).map(o => o.value).filter(v => v !== '');
    if (c.classList.contains('bk-choices')) return Array.from(c.querySelectorAll('input:checked')).map(i => i.value);
    return c.value === '' ? [] : [c.value];
  }

  /** Everything entered under root, as {block_id: {action_id: [values]}}. */
  function collect(root) {
    const values = {};
    root.querySelectorAll('.bk-control').forEach(c => {
      (values[c.dataset.blockId] = values[c.dataset.blockId] || {})[c.dataset.actionId] = valuesOf(c);
    });
    return values;
  }

  /** Puts entered values back after a redraw (e.g. when Samen answered with field errors). */
  function restore(root, values) {
    root.querySelectorAll('.bk-control').forEach(c => {
      const v = (values[c.dataset.blockId] || {})[c.dataset.actionId];
      if (!v) return;
      if (c.tagName === 'SELECT') Array.from(c.options).forEach(o => { o.selected = v.includes(o.value); });
      else if (c.classList.contains('bk-choices')) c.querySelectorAll('input').forEach(i => { i.checked = v.includes(i.value); });
      else c.value = v[0] || '';
    });
  }

  return { control, collect, restore, allOptions };
})();
