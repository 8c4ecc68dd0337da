'use strict';
// "Under the hood": the latest signed requests the playground sent to Samen and the Web API calls
// Samen made to the stand-in, newest first; each opens to show its body.
const Traffic = (() => {
  let last = 0;

  async function draw() {
    const answer = await (await fetch('/ui/traffic')).json();
    const entries = answer.entries || [];
    const newest = entries.length ? entries[entries.length - 1].sequence : 0;
    if (newest === last) return;
    last = newest;
    const list = document.getElementById('traffic');
    list.replaceChildren(...entries.slice().reverse().map(e => {
      const li = document.createElement('li');
      li.className = e.toSamen ? 'to-samen' : 'from-samen';
      const details = document.createElement('details');
      const summary = document.createElement('summary');
      summary.textContent = (e.toSamen ? '→ Samen: ' : '← Samen: ') + e.name + (e.status !== 200 ? ' (HTTP ' + e.status + ')' : '');
      const pre = document.createElement('pre');
      pre.textContent = pretty(e.body);
      details.append(summary, pre);
      li.append(details);
      return li;
    }));
  }

  function pretty(body) {
    try {
      return JSON.stringify(JSON.parse(body), null, 2);
    } catch (e) {
      return body;
    }
  }

  return { draw };
})();
