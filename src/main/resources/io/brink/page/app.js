// Brink's live page: top pairs, alerts as they happen (Server-Sent Events from /api/stream),
// and the evidence and 24-hour chart of a selected pair or alert. Plain DOM, no framework; every
// value from the API goes into the page as text, never as markup.
'use strict';
(() => {
  const $ = (sel) => document.querySelector(sel);
  const SVG = 'http://www.w3.org/2000/svg';
  const TOKEN_KEY = 'brink.token';
  const PAIRS_SHOWN = 20;
  const PAIRS_REFRESH_MS = 5000;
  // A row's sparkline is fetched again when its window moved, at most this often.
  const HISTORY_REFRESH_MS = 15000;

  const state = {
    token: sessionStorage.getItem(TOKEN_KEY) || '',
    countries: new Map(),
    sort: 'escalation',
    filter: '',
    pairs: [],
    alerts: new Map(),
    history: new Map(),
    selection: null,
  };
  // When each alert message (id and last_seen) first showed on the page, for the browser test.
  const seen = {};
  window.brinkSeen = seen;
  // The stream's events as they came (time, name), the last 200, for the same test.
  const streamLog = [];
  window.brinkStreamLog = streamLog;

  // ---- the token, asked once per session when the API answers 401 ----
  let tokenWaiters = null;
  function askToken(refused) {
    if (!tokenWaiters) {
      tokenWaiters = [];
      $('#token-error').textContent = refused ? 'That token was refused; try again.' : '';
      const dialog = $('#token-dialog');
      if (!dialog.open) dialog.showModal();
      $('#token-input').focus();
      setStatus('Waiting for the API token', false);
    }
    return new Promise((resolve) => tokenWaiters.push(resolve));
  }
  $('#token-form').addEventListener('submit', (e) => {
    const value = $('#token-input').value.trim();
    if (!value) { e.preventDefault(); return; }
    state.token = value;
    sessionStorage.setItem(TOKEN_KEY, value);
    $('#token-input').value = '';
    const waiters = tokenWaiters || [];
    tokenWaiters = null;
    waiters.forEach((resolve) => resolve());
  });
  // Escape would leave the page without data: the dialog stays until a token is given.
  $('#token-dialog').addEventListener('cancel', (e) => e.preventDefault());

  function headers(accept) {
    const h = { Accept: accept };
    if (state.token) h.Authorization = 'Bearer ' + state.token;
    return h;
  }

  async function api(path) {
    for (;;) {
      const sent = state.token;
      const r = await fetch(path, { headers: headers('application/json'), cache: 'no-store' });
      if (r.status === 401) { await askToken(Boolean(sent)); continue; }
      if (r.ok) return r.json();
      let message = 'HTTP ' + r.status;
      try { message = (await r.json()).error || message; } catch (_) { /* not JSON */ }
      const error = new Error(message);
      error.status = r.status;
      throw error;
    }
  }

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  function setStatus(text, live) {
    const s = $('#status');
    s.textContent = text;
    s.className = live ? 'live' : 'down';
  }

  // ---- formatting ----
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') node.className = v; else node.setAttribute(k, v);
    }
    for (const c of children) {
      if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
    }
    return node;
  }
  const fixed = (x, d = 1) => (typeof x === 'number' ? x.toFixed(d) : '–');
  const time = (iso) => (iso ? iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC') : '–');
  // Flags are emoji; where no font draws them in colour (they would show as boxes), codes stand alone.
  const flagsDrawn = (() => {
    try {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 20;
      const g = canvas.getContext('2d');
      g.textBaseline = 'top';
      g.font = '16px sans-serif';
      g.fillText('\u{1F1FA}\u{1F1F8}', 0, 0);
      const d = g.getImageData(0, 0, 20, 20).data;
      for (let i = 0; i < d.length; i += 4) if (d[i + 3] && (d[i] !== d[i + 1] || d[i + 1] !== d[i + 2])) return true;
    } catch (_) { /* no canvas: no flags */ }
    return false;
  })();
  function flag(alpha2) {
    if (!flagsDrawn || !alpha2 || !/^[A-Z]{2}$/.test(alpha2)) return '';
    return String.fromCodePoint(...[...alpha2].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
  }
  const nameOf = (code) => (state.countries.get(code) || { name: code }).name;
  function pairLabel(key) {
    const [a, b] = key.split('-');
    const side = (code) => {
      const c = state.countries.get(code);
      const f = flag(c && c.alpha2);
      return el('span', {}, f ? el('span', { class: 'flag', 'aria-hidden': 'true' }, f + ' ') : null, code);
    };
    return [side(a), ' – ', side(b), el('span', { class: 'names' }, nameOf(a) + ' and ' + nameOf(b))];
  }
  function safeLink(url, text) {
    if (typeof url === 'string' && /^https?:\/\//i.test(url)) {
      return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text);
    }
    return el('span', {}, text);
  }

  // ---- pairs ----
  function matchesFilter(key) {
    const f = state.filter.trim().toLowerCase();
    if (!f) return true;
    return key.split('-').some((code) => code.toLowerCase() === f || code.toLowerCase().startsWith(f)
      || nameOf(code).toLowerCase().includes(f));
  }

  async function refreshPairs() {
    const limit = state.filter.trim() ? 1000 : PAIRS_SHOWN;
    const sort = state.sort;
    const list = await api('/api/pairs?sort=' + encodeURIComponent(sort) + '&limit=' + limit);
    if (sort !== state.sort) return;
    state.pairs = list.filter((p) => matchesFilter(p.pair)).slice(0, PAIRS_SHOWN);
    renderPairs();
    await Promise.all(state.pairs.map(loadHistory));
  }

  async function loadHistory(score) {
    const cached = state.history.get(score.pair);
    if (cached && (cached.window_end === score.window_end || Date.now() - cached.at < HISTORY_REFRESH_MS)) return;
    const [a, b] = score.pair.split('-');
    try {
      const detail = await api('/api/pairs/' + a + '/' + b);
      state.history.set(score.pair, { window_end: score.window_end, history: detail.history, at: Date.now() });
      const cell = document.querySelector('td.spark-cell[data-pair="' + score.pair + '"]');
      if (cell) cell.replaceChildren(sparkline(detail.history, score.pair));
    } catch (_) { /* the next refresh tries again */ }
  }

  // Lists are redrawn as data arrives; a keyboard user's focus stays on the same pair or alert.
  function keepingFocus(container, attribute, draw) {
    const active = document.activeElement;
    const key = active && container.contains(active) ? active.getAttribute(attribute) : null;
    draw();
    if (key) {
      const again = container.querySelector('button[' + attribute + '="' + CSS.escape(key) + '"]');
      if (again) again.focus();
    }
  }

  function renderPairs() {
    const body = $('#pairs-table tbody');
    keepingFocus(body, 'data-pair', () => drawPairs(body));
  }

  function drawPairs(body) {
    const rows = state.pairs.map((p) => {
      const cached = state.history.get(p.pair);
      const button = el('button', { type: 'button', class: 'pair', 'data-pair': p.pair,
        'aria-label': 'Show ' + nameOf(p.pair.split('-')[0]) + ' and ' + nameOf(p.pair.split('-')[1]) }, ...pairLabel(p.pair));
      button.addEventListener('click', () => select('pair', p.pair));
      const tr = el('tr', { 'data-pair': p.pair },
        el('td', {}, button),
        el('td', { class: 'num esc' }, fixed(p.escalation)),
        el('td', { class: 'num deesc' }, fixed(p.deescalation)),
        el('td', { class: 'num narrow-hide' }, fixed(p.net)),
        el('td', { class: 'num' }, fixed(p.z, 2)),
        el('td', {}, trendOf(p.trend)),
        el('td', { class: 'num narrow-hide' }, p.sources),
        el('td', { class: 'spark-cell', 'data-pair': p.pair }, cached ? sparkline(cached.history, p.pair) : ''));
      if (state.selection && state.selection.pair === p.pair) tr.classList.add('selected');
      return tr;
    });
    body.replaceChildren(...rows);
    $('#pairs-empty').hidden = rows.length > 0;
    $('#pairs-empty').textContent = state.filter.trim() ? 'No pair matches “' + state.filter.trim() + '”.' : 'No pair scored yet.';
  }

  function trendOf(trend) {
    const arrow = { RISING: '▲ rising', FALLING: '▼ falling', STEADY: '■ steady' }[trend] || trend || '–';
    return el('span', { class: trend === 'RISING' ? 'esc' : trend === 'FALLING' ? 'deesc' : '' }, arrow);
  }

  function sparkline(history, pair) {
    const w = 96, h = 24;
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'spark');
    svg.setAttribute('width', w);
    svg.setAttribute('height', h);
    svg.setAttribute('viewBox', '0 0 ' + w + ' ' + h);
    svg.setAttribute('role', 'img');
    const esc = history.map((q) => q.escalation);
    const de = history.map((q) => q.deescalation);
    const max = Math.max(1, ...esc, ...de);
    const title = document.createElementNS(SVG, 'title');
    title.textContent = pair + ': escalation peak ' + fixed(Math.max(0, ...esc)) + ', de-escalation peak '
      + fixed(Math.max(0, ...de)) + ' per quarter hour, last 24 h';
    svg.append(title);
    const line = (values, color) => {
      const n = Math.max(values.length - 1, 1);
      const points = values.map((v, i) => (i * w / n).toFixed(1) + ',' + (h - 1 - (v / max) * (h - 2)).toFixed(1));
      const p = document.createElementNS(SVG, 'polyline');
      p.setAttribute('points', points.join(' '));
      p.setAttribute('fill', 'none');
      p.setAttribute('stroke', color);
      p.setAttribute('stroke-width', '1.5');
      svg.append(p);
    };
    line(de, '#1d4ed8');
    line(esc, '#b91c1c');
    return svg;
  }

  // ---- alerts ----
  function alertKey(a) { return a.id + '@' + a.last_seen + '@' + a.status; }

  function upsertAlert(a, fresh) {
    const key = alertKey(a);
    if (!(key in seen)) seen[key] = Date.now();
    const previous = state.alerts.get(a.id);
    state.alerts.set(a.id, Object.assign({}, a, { fresh: fresh || (previous && previous.fresh) }));
  }

  function renderAlerts() {
    const list = [...state.alerts.values()].sort((x, y) => (y.last_seen > x.last_seen ? 1 : y.last_seen < x.last_seen ? -1
      : x.id < y.id ? -1 : 1));
    const items = list.map((a) => {
      const button = el('button', { type: 'button', 'data-alert': a.id },
        el('span', { class: 'tag ' + a.kind }, a.kind === 'ESCALATION' ? 'ESC' : 'DE-ESC'),
        el('span', { class: 'tag ' + a.status }, a.status),
        el('span', { class: 'tag ' + a.severity }, a.severity), ' ', a.direction,
        el('span', { class: 'meta' }, 'first ' + time(a.first_seen) + ' · last ' + time(a.last_seen)
          + ' · index ' + fixed(a.score) + ' · z ' + fixed(a.z, 1) + ' · ' + a.sources + ' sources'));
      button.addEventListener('click', () => select('alert', a.id));
      const li = el('li', { 'data-alert': a.id, class: a.fresh ? 'fresh' : '' }, button);
      if (state.selection && state.selection.alert === a.id) li.classList.add('selected');
      return li;
    });
    keepingFocus($('#alert-list'), 'data-alert', () => $('#alert-list').replaceChildren(...items));
    $('#alerts-empty').hidden = items.length > 0;
  }

  let alertsFrame = null;
  function renderAlertsSoon() {
    if (!alertsFrame) alertsFrame = requestAnimationFrame(() => { alertsFrame = null; renderAlerts(); });
  }

  function parseEvent(block) {
    let name = 'message';
    const data = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue;
      const i = line.indexOf(':');
      const field = i < 0 ? line : line.slice(0, i);
      const value = i < 0 ? '' : line.slice(i + 1).replace(/^ /, '');
      if (field === 'event') name = value; else if (field === 'data') data.push(value);
    }
    return { name, data: data.join('\n') };
  }

  let pairsSoon = null;
  function refreshPairsSoon() {
    if (!pairsSoon) pairsSoon = setTimeout(() => { pairsSoon = null; refreshPairs().catch(() => {}); }, 1000);
  }

  function onEvent(e) {
    if (!e.data) return;
    streamLog.push([Date.now(), e.name]);
    if (streamLog.length > 200) streamLog.shift();
    if (e.name === 'snapshot') {
      const list = JSON.parse(e.data);
      state.alerts.clear();
      list.forEach((a) => upsertAlert(a, false));
      renderAlerts();
      setStatus('Live', true);
      renderSelection();
    } else if (e.name === 'alert') {
      const a = JSON.parse(e.data);
      upsertAlert(a, true);
      renderAlertsSoon();
      $('#announce').textContent = 'Alert ' + a.status.toLowerCase() + ': ' + a.kind.toLowerCase() + ' ' + a.direction;
      refreshPairsSoon();
      if (state.selection && state.selection.alert === a.id) renderSelection();
    } else if (e.name === 'unavailable') {
      setStatus('Brink is not answering completely right now; retrying', false);
    }
  }

  // Read with fetch rather than EventSource, which cannot send the Authorization header.
  async function streamAlerts() {
    for (;;) {
      try {
        const sent = state.token;
        const r = await fetch('/api/stream', { headers: headers('text/event-stream'), cache: 'no-store' });
        if (r.status === 401) { await askToken(Boolean(sent)); continue; }
        if (!r.ok || !r.body) throw new Error('HTTP ' + r.status);
        const reader = r.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value.replace(/\r\n?/g, '\n');
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            onEvent(parseEvent(buffer.slice(0, end)));
            buffer = buffer.slice(end + 2);
          }
        }
      } catch (_) { /* reconnect below */ }
      setStatus('Reconnecting…', false);
      await sleep(2000);
    }
  }

  // ---- selection and detail: #pair=IRN-ISR or #alert=<id> ----
  function select(kind, value) {
    const hash = '#' + kind + '=' + encodeURIComponent(value);
    if (location.hash === hash) renderSelection(true); else location.hash = hash;
  }

  function readHash() {
    const m = /^#(pair|alert)=(.+)$/.exec(location.hash);
    if (!m) return null;
    const value = decodeURIComponent(m[2]);
    if (m[1] === 'pair') {
      const codes = value.toUpperCase().split('-').sort();
      return codes.length === 2 && /^[A-Z]{3}$/.test(codes[0]) && /^[A-Z]{3}$/.test(codes[1])
        ? { pair: codes.join('-') } : null;
    }
    return { alert: value };
  }

  let renderCount = 0;
  async function renderSelection(focus) {
    state.selection = readHash();
    renderPairs();
    renderAlerts();
    const box = $('#detail');
    if (!state.selection) { box.hidden = true; return; }
    const ticket = ++renderCount;
    let pair = state.selection.pair;
    let alert = null;
    if (state.selection.alert) {
      alert = state.alerts.get(state.selection.alert);
      if (!alert) {
        box.hidden = false;
        $('#detail-h').textContent = 'Alert ' + state.selection.alert;
        $('#detail-meta').textContent = 'Not among the recent alerts (yet).';
        return;
      }
      pair = alert.pair;
    }
    box.hidden = false;
    const [a, b] = pair.split('-');
    $('#detail-h').replaceChildren(...(alert ? [alert.kind === 'ESCALATION' ? 'Escalation: ' : 'De-escalation: '] : []),
      nameOf(a) + ' and ' + nameOf(b) + ' (' + pair + ')');
    $('#detail-meta').textContent = alert
      ? alert.status + ' · ' + alert.severity + ' · ' + alert.direction + ' · first seen ' + time(alert.first_seen)
        + ' · last seen ' + time(alert.last_seen) + ' · index ' + fixed(alert.score) + ' vs baseline '
        + fixed(alert.baseline) + ' · z ' + fixed(alert.z, 2) + ' · ' + alert.sources + ' sources'
      : 'Loading…';
    $('#alert-evidence-box').hidden = !alert;
    if (alert) $('#alert-evidence').replaceChildren(...alert.evidence.map((e) => evidenceItem(e, null)));
    if (focus) $('#detail-h').focus();
    try {
      const [detail, evidence] = await Promise.all([api('/api/pairs/' + a + '/' + b),
        api('/api/pairs/' + a + '/' + b + '/evidence')]);
      if (ticket !== renderCount) return;
      const s = detail.score;
      if (!alert) {
        $('#detail-meta').textContent = 'Escalation ' + fixed(s.escalation) + ' · de-escalation ' + fixed(s.deescalation)
          + ' · net ' + fixed(s.net) + ' · z ' + fixed(s.z, 2) + ' · ' + (s.trend || '').toLowerCase() + ' · '
          + s.sources + ' sources · window ' + time(s.window_start) + ' to ' + time(s.window_end);
      }
      chart(detail.history);
      $('#evidence').replaceChildren(...evidence.evidence.map((e) => evidenceItem(e, e.magnitude)));
      $('#evidence-empty').hidden = evidence.evidence.length > 0;
    } catch (err) {
      if (ticket !== renderCount) return;
      $('#chart').replaceChildren();
      $('#evidence').replaceChildren();
      $('#evidence-empty').hidden = false;
      if (!alert) $('#detail-meta').textContent = err.status === 404 ? 'Brink has no score for ' + pair + '.' : String(err.message);
    }
  }

  function evidenceItem(e, magnitude) {
    const polarity = e.polarity || (e.weight < 0 ? 'ESCALATION' : 'DEESCALATION');
    return el('li', {},
      el('q', {}, e.sentence),
      el('span', { class: 'meta' },
        safeLink(e.url, e.outlet || e.url || 'source'), ' · ',
        el('span', { class: polarity === 'ESCALATION' ? 'esc' : 'deesc' }, e.signal), ' ',
        e.src + '→' + e.tgt, ' · ',
        magnitude !== null ? 'magnitude ' + fixed(magnitude) : 'weight ' + fixed(e.weight),
        ' · ', time(e.published)));
  }

  function chart(history) {
    const svg = $('#chart');
    const W = Math.max(200, Math.round(svg.getBoundingClientRect().width) || 600), H = 180, top = 14, mid = 90, bottom = 166;
    svg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    const max = Math.max(1, ...history.map((q) => Math.max(q.escalation, q.deescalation)));
    const n = Math.max(history.length, 1);
    const bw = W / n;
    const nodes = [];
    const rect = (x, y, w, h, color, label) => {
      const r = document.createElementNS(SVG, 'rect');
      r.setAttribute('x', x.toFixed(2)); r.setAttribute('y', y.toFixed(2));
      r.setAttribute('width', Math.max(w, 0.5).toFixed(2)); r.setAttribute('height', Math.max(h, 0).toFixed(2));
      r.setAttribute('fill', color);
      const t = document.createElementNS(SVG, 'title');
      t.textContent = label;
      r.append(t);
      nodes.push(r);
    };
    const text = (x, y, s, anchor) => {
      const t = document.createElementNS(SVG, 'text');
      t.setAttribute('x', x); t.setAttribute('y', y); t.setAttribute('font-size', '11');
      t.setAttribute('fill', '#334155'); t.setAttribute('text-anchor', anchor || 'start');
      t.textContent = s;
      nodes.push(t);
    };
    history.forEach((q, i) => {
      const label = time(q.start) + ': escalation ' + fixed(q.escalation) + ', de-escalation ' + fixed(q.deescalation);
      if (q.escalation > 0) rect(i * bw, mid - (q.escalation / max) * (mid - top), bw * 0.85, (q.escalation / max) * (mid - top), '#b91c1c', label);
      if (q.deescalation > 0) rect(i * bw, mid, bw * 0.85, (q.deescalation / max) * (bottom - mid), '#1d4ed8', label);
    });
    const axis = document.createElementNS(SVG, 'line');
    axis.setAttribute('x1', 0); axis.setAttribute('x2', W); axis.setAttribute('y1', mid); axis.setAttribute('y2', mid);
    axis.setAttribute('stroke', '#64748b');
    nodes.push(axis);
    text(4, 11, 'max ' + fixed(max));
    if (history.length) {
      const hhmm = (iso) => iso.slice(11, 16);
      text(4, H - 2, hhmm(history[0].start));
      text(W / 2, H - 2, hhmm(history[Math.floor(history.length / 2)].start), 'middle');
      text(W - 4, H - 2, hhmm(history[history.length - 1].end) + ' UTC', 'end');
    }
    svg.replaceChildren(...nodes);
  }

  // ---- start ----
  $('#sort').addEventListener('change', (e) => { state.sort = e.target.value; refreshPairs().catch(() => {}); });
  let filterTimer = null;
  $('#filter').addEventListener('input', (e) => {
    state.filter = e.target.value;
    clearTimeout(filterTimer);
    filterTimer = setTimeout(() => refreshPairs().catch(() => {}), 200);
  });
  $('#detail-close').addEventListener('click', () => {
    history.replaceState(null, '', location.pathname + location.search);
    renderSelection();
  });
  window.addEventListener('hashchange', () => renderSelection(true));

  async function loadCountries() {
    const list = await api('/api/countries');
    list.forEach((c) => state.countries.set(c.code, c));
    $('#countries').replaceChildren(...list.map((c) => el('option', { value: c.code }, c.name)));
  }

  async function pairsLoop() {
    for (;;) {
      try {
        await refreshPairs();
      } catch (err) {
        setStatus(err.status === 503 ? 'Brink is starting or rebalancing; retrying' : 'Pairs: ' + err.message, false);
      }
      await sleep(PAIRS_REFRESH_MS);
    }
  }

  (async () => {
    try { await loadCountries(); } catch (_) { /* codes stand in for names */ }
    renderSelection();
    pairsLoop();
    streamAlerts();
  })();
})();
