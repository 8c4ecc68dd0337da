'use strict';
// Slack's mrkdwn to HTML: escapes first, then <@U…> mentions, <url|label> links, *bold*, _italic_,
// ~strike~, `code`, ```pre```, > quotes, :emoji: shortcodes and newlines.
const Mrkdwn = (() => {
  const EMOJI = {
    calendar: '📅', date: '📅', spiral_calendar_pad: '🗓️', round_pushpin: '📍', pushpin: '📌',
    warning: '⚠️', white_check_mark: '✅', heavy_check_mark: '✔️', x: '❌', no_entry: '⛔',
    question: '❓', grey_question: '❔', bell: '🔔', no_bell: '🔕', alarm_clock: '⏰', clock1: '🕐',
    hourglass: '⌛', hourglass_flowing_sand: '⏳', wave: '👋', tada: '🎉', raised_hands: '🙌',
    thumbsup: '👍', '+1': '👍', thumbsdown: '👎', memo: '📝', clipboard: '📋', books: '📚',
    school: '🏫', busts_in_silhouette: '👥', bust_in_silhouette: '👤', bar_chart: '📊',
    chart_with_upwards_trend: '📈', moneybag: '💰', euro: '💶', link: '🔗', page_facing_up: '📄',
    inbox_tray: '📥', outbox_tray: '📤', envelope: '✉️', speech_balloon: '💬', bulb: '💡',
    dart: '🎯', seedling: '🌱', star: '⭐', sparkles: '✨', lock: '🔒', key: '🔑', mag: '🔍',
    arrow_right: '➡️', arrows_counterclockwise: '🔄', repeat: '🔁', information_source: 'ℹ️',
    hammer_and_wrench: '🛠️', construction: '🚧', red_circle: '🔴', large_green_circle: '🟢',
    large_yellow_circle: '🟡', white_circle: '⚪', handshake: '🤝', pencil2: '✏️', wastebasket: '🗑️',
  };
  const esc = s => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  const decode = s => String(s).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const emoji = html => html.replace(/:([a-z0-9_+\-]+):/g, (m, name) => EMOJI[name] || m);
  const safeUrl = url => /^(https?:|mailto:|\/)/i.test(url) ? url : '#';

  function special(inner, workspace) {
    const bar = inner.indexOf('|');
    const target = bar < 0 ? inner : inner.slice(0, bar);
    const label = bar < 0 ? '' : inner.slice(bar + 1);
    if (target.startsWith('@')) {
      const person = workspace.byId[target.slice(1)];
      const name = person ? person.name : (label || target.slice(1));
      return `<span class="mention">@${esc(name)}</span>`;
    }
    if (target.startsWith('#')) {
      const id = target.slice(1);
      const name = label || (id === workspace.channelId ? workspace.channelName : id);
      return `<span class="mention">#${esc(name)}</span>`;
    }
    if (target.startsWith('!')) {
      const command = target.slice(1);
      if (command.startsWith('date')) {
        return esc(decode(label || command));
      }
      return `<span class="mention">@${esc(label || command.replace(/^subteam\^/, ''))}</span>`;
    }
    const url = decode(target);
    return `<a href="${esc(safeUrl(url))}" target="_blank" rel="noopener">${esc(decode(label || target))}</a>`;
  }

  function toHtml(text, workspace) {
    const held = [];
    const hold = html => '\u0000' + (held.push(html) - 1) + '\u0000';
    let t = String(text || '');
    t = t.replace(/```([\s\S]*?)```/g, (_, code) => hold('<pre>' + esc(decode(code)) + '</pre>'));
    t = t.replace(/`([^`\n]+)`/g, (_, code) => hold('<code>' + esc(decode(code)) + '</code>'));
    t = t.replace(/<([^<>\n]+)>/g, (_, inner) => hold(special(inner, workspace)));
    t = esc(decode(t));
    t = t.replace(/(^|[^\w*])\*(?!\s)([^*\n]+?)\*(?=[^\w*]|$)/g, '$1<b>$2</b>');
    t = t.replace(/(^|[^\w_])_(?!\s)([^_\n]+?)_(?=[^\w_]|$)/g, '$1<i>$2</i>');
    t = t.replace(/(^|[^\w~])~(?!\s)([^~\n]+?)~(?=[^\w~]|$)/g, '$1<s>$2</s>');
    t = emoji(t);
    t = t.replace(/^&gt; ?(.*)$/gm, '<span class="quote">$1</span>');
    t = t.replace(/\n/g, '<br>');
    return t.replace(/\u0000(\d+)\u0000/g, (_, i) => held[Number(i)]);
  }

  /** A plain_text object: escaped, with shortcodes when emoji is on (Slack's default). */
  function plain(text, withEmoji) {
    const html = esc(text || '');
    return withEmoji === false ? html : emoji(html);
  }

  return { toHtml, plain, esc };
})();
