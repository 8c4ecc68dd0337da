'use strict';
// The playground page: who you are, where you look (the channel, Samen's Home or Messages tab), the
// composer, the clock and reset. It polls the page server for what the chosen person sees.
const Page = (() => {
  const $ = id => document.getElementById(id);
  const page = { workspace: null, me: localStorage.getItem('samen.me'), place: 'channel', state: null, drawn: '' };
  const seen = {};
  const when = zone => new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'short', day: 'numeric',
    month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

  function notice(text) {
    $('notice').textContent = text || '';
    $('notice').hidden = !text;
  }

  async function call(action, body) {
    const response = await fetch('/ui/' + action, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(Object.assign({ user: page.me }, body)) });
    const answer = await response.json().catch(() => ({ ok: false, note: 'The playground did not answer.' }));
    notice(answer.ok === false || answer.note ? answer.note : '');
    await refresh();
    return answer;
  }
  page.post = call;

  function person(p) {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'person' + (p.id === page.me ? ' active' : '');
    b.dataset.person = p.id;
    b.innerHTML = `<span class="avatar">${Mrkdwn.esc(p.name.split(' ').map(w => w[0]).filter(c => /[A-Z]/.test(c)).join('').slice(0, 2))}</span>`
      + `<span class="who"><span><strong>${Mrkdwn.esc(p.name)}</strong>${p.coordinator ? '<em>coordinator</em>' : ''}</span>`
      + `<small>${Mrkdwn.esc(p.school)} · ${Mrkdwn.esc(p.locale)}</small></span>`;
    b.addEventListener('click', () => { page.me = p.id; localStorage.setItem('samen.me', p.id); page.drawn = ''; refresh(); });
    li.append(b);
    return li;
  }

  function message(m) {
    const ws = page.workspace;
    const me = ws.byId[page.me];
    const div = document.createElement('div');
    div.className = 'message ' + m.kind;
    div.dataset.ts = m.ts;
    const typed = m.kind === 'typed';
    const author = typed ? me.name : ws.botName;
    const time = when(ws.zone).format(new Date(Number(m.ts.split('.')[0]) * 1000));
    div.innerHTML = `<span class="avatar ${typed ? '' : 'bot'}">${typed ? Mrkdwn.esc(author[0]) : 'S'}</span>`
      + `<div class="message-main"><div class="message-meta"><strong>${Mrkdwn.esc(author)}</strong>`
      + (typed ? '' : ' <span class="app-tag">APP</span>') + ` <time>${time}</time>`
      + (m.kind === 'ephemeral' ? ' <span class="only-you">Only visible to you</span>' : '')
      + (m.edited ? ' <span class="edited">(edited)</span>' : '') + '</div></div>';
    const main = div.querySelector('.message-main');
    if (typed) {
      main.append(Object.assign(document.createElement('code'), { className: 'typed-command', textContent: m.text }));
    } else if (m.blocks && m.blocks.length) {
      main.append(Blocks.render(m.blocks, { workspace: ws, inView: false,
        act: (blockId, actionId, chosen) => call('click', { conversation: conversationId(), ts: m.ts, blockId, actionId, chosen }) }));
    } else if (m.text) {
      main.append(Object.assign(document.createElement('div'), { className: 'bk-text', innerHTML: Mrkdwn.toHtml(m.text, ws) }));
    }
    m.files.forEach(f => {
      const file = document.createElement('div');
      file.className = 'file';
      file.innerHTML = `<span class="file-icon">📄</span><span><strong>${Mrkdwn.esc(f.title || f.name)}</strong>`
        + `<small>${Mrkdwn.esc(f.name)} · ${f.size} bytes</small></span>`
        + `<a class="file-download" href="${f.url}" download="${Mrkdwn.esc(f.name)}">Download</a>`;
      main.append(file);
    });
    return div;
  }

  const conversationId = () => page.place === 'messages' ? page.state.dm : page.workspace.channelId;

  function draw(state) {
    const ws = page.workspace;
    if (page.peopleFor !== page.me) {
      page.peopleFor = page.me;
      $('people').replaceChildren(...ws.people.map(person));
    }
    $('nav-channel').classList.toggle('active', page.place === 'channel');
    $('nav-app').classList.toggle('active', page.place !== 'channel');
    $('app-tabs').hidden = page.place === 'channel';
    $('tab-home').classList.toggle('active', page.place === 'home');
    $('tab-messages').classList.toggle('active', page.place === 'messages');
    $('conversation-title').textContent = page.place === 'channel' ? '# ' + ws.channelName : ws.botName;
    $('home').hidden = page.place !== 'home';
    $('messages').hidden = page.place === 'home';
    $('composer').hidden = page.place === 'home';
    if (page.place === 'home') {
      $('home').replaceChildren(state.home
        ? Blocks.render(state.home.view.blocks, { workspace: ws, inView: true,
          act: (blockId, actionId, chosen) => call('click', { viewId: state.home.id, blockId, actionId, chosen, values: Inputs.collect($('home')) }) })
        : Object.assign(document.createElement('p'), { className: 'empty', textContent: 'Samen has not published a Home tab for you yet.' }));
    } else {
      const list = page.place === 'channel' ? state.channel : state.messages;
      const box = $('messages');
      box.replaceChildren(...list.map(message));
      if (!list.length) box.append(Object.assign(document.createElement('p'), { className: 'empty', textContent: 'Nothing here yet.' }));
      box.scrollTop = box.scrollHeight;
    }
  }

  function drawClock(state) {
    $('app-time').textContent = when(page.workspace.zone).format(new Date(state.now));
    const m = state.offsetMinutes;
    $('app-offset').textContent = m > 0 ? `(+${Math.floor(m / 1440)}d ${Math.floor(m % 1440 / 60)}h ahead of real time)` : '(real time)';
    const dm = state.messages;
    if (page.place === 'messages') seen[page.me] = dm.length;
    const unread = dm.length - (seen[page.me] || 0);
    $('dm-unread').hidden = unread <= 0;
    $('dm-unread').textContent = unread > 0 ? String(unread) : '';
  }

  async function refresh() {
    if (!page.me || !page.workspace.byId[page.me]) page.me = page.workspace.people[0].id;
    const response = await fetch('/ui/state?user=' + encodeURIComponent(page.me));
    if (!response.ok) return;
    const state = await response.json();
    page.state = state;
    const key = [state.revision, page.me, page.place].join('/');
    if (key !== page.drawn) {
      page.drawn = key;
      draw(state);
    }
    drawClock(state);
    Modal.show(state.modal || null, page);
    if ($('traffic').closest('details').open) Traffic.draw();
    document.body.dataset.revision = state.revision;
  }

  function go(place) {
    page.place = place;
    page.drawn = '';
    if (place === 'home') call('home', {}); else refresh();
  }

  async function start() {
    const first = await (await fetch('/ui/state?user=' + encodeURIComponent(page.me || 'U0ANOUK'))).json();
    page.workspace = first.workspace;
    page.workspace.byId = Object.fromEntries(first.workspace.people.map(p => [p.id, p]));
    $('channel-name').textContent = page.workspace.channelName;
    $('nav-channel').addEventListener('click', () => go('channel'));
    $('nav-app').addEventListener('click', () => go('messages'));
    $('tab-home').addEventListener('click', () => go('home'));
    $('tab-messages').addEventListener('click', () => go('messages'));
    $('composer').addEventListener('submit', e => {
      e.preventDefault();
      const text = $('composer-input').value.trim();
      if (!/^\/samen(\s|$)/.test(text)) { notice('Only the /samen command works here.'); return; }
      $('composer-input').value = '/samen ';
      call('command', { conversation: conversationId(), text });
    });
    ['hour', 'day', 'reminder'].forEach(step => $('time-' + step).addEventListener('click', () => call('time', { step })));
    $('reset').addEventListener('click', async () => {
      document.body.classList.add('busy');
      notice('Starting a fresh workspace…');
      await call('reset', {});
      document.body.classList.remove('busy');
    });
    await refresh();
    const poll = async () => { try { await refresh(); } finally { setTimeout(poll, 700); } };
    setTimeout(poll, 700);
  }

  document.addEventListener('DOMContentLoaded', start);
  return page;
})();
