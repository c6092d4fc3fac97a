// The analyst's page: map, timeline, filters, event list, detail with evidence, activity per region and month.
import L from 'leaflet';
import 'leaflet.markercluster';
import uPlot from 'uplot';
import { feature } from 'topojson-client';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'uplot/dist/uPlot.min.css';
import './style.css';

const TYPE_COLORS = {
  battles: '#c0392b', explosions_remote_violence: '#e67e22', violence_against_civilians: '#8e44ad',
  protests: '#2980b9', riots: '#16a085', strategic_developments: '#7f8c8d',
};
const $ = (s) => document.querySelector(s);
const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

function filters() {
  const p = new URLSearchParams();
  for (const [k, id] of [['actor', '#f-actor'], ['type', '#f-type'], ['country', '#f-country'], ['from', '#f-from'], ['to', '#f-to'], ['q', '#f-q']]) {
    const v = $(id).value.trim();
    if (v) p.set(k, v);
  }
  return p;
}

async function api(path) {
  const r = await fetch(path);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

// ---- map
const map = L.map('map', { worldCopyJump: true, minZoom: 2, maxZoom: 12 }).setView([10, 20], 3);
map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
map.attributionControl.addAttribution('Natural Earth; GeoNames');
fetch('countries-50m.json').then((r) => r.json()).then((topo) => {
  L.geoJSON(feature(topo, topo.objects.countries), {
    style: { color: '#9aa', weight: 0.6, fillColor: '#f3f1ea', fillOpacity: 1 }, interactive: false,
  }).addTo(map).bringToBack();
});
const cluster = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
map.addLayer(cluster);

function radius(e) {
  const f = e.fatalities?.best ?? 0;
  return 5 + 2.5 * Math.sqrt(f);
}

// ---- timeline
let plot = null;
async function loadTimeline() {
  const by = document.querySelector('input[name=by]:checked').value;
  const p = filters();
  p.set('by', by);
  p.set('group', 'type');
  const t = await api('api/timeline?' + p);
  $('#undated').textContent = t.undated ? `${t.undated} undated event(s) not shown` : '';
  const xs = t.buckets.map((b) => Date.parse(by === 'week' ? b : b + '-01') / 1000);
  const groups = Object.keys(t.series);
  if (xs.length > 0 && xs.length < 3) {
    // a bucket of empty padding on each side keeps a short series readable
    const step = (by === 'week' ? 7 : 31) * 86400;
    xs.unshift(xs[0] - step);
    xs.push(xs[xs.length - 1] + step);
    for (const g of groups) t.series[g] = [0, ...t.series[g], 0];
  }
  // stacked: cumulative sums, drawn from the top series down so each bar shows its own band
  const cum = [];
  let acc = xs.map(() => 0);
  for (const g of groups) {
    acc = acc.map((v, i) => v + t.series[g][i]);
    cum.push(acc);
  }
  const el = $('#timeline');
  el.innerHTML = '';
  if (plot) { plot.destroy(); plot = null; }
  if (!xs.length) { el.textContent = 'no dated events'; return; }
  const order = groups.map((g, i) => i).reverse();
  const bars = uPlot.paths.bars({ size: [0.8, 40] });
  plot = new uPlot({
    width: el.clientWidth || 600, height: 160,
    scales: { x: { time: true } },
    legend: { show: true },
    series: [{}, ...order.map((i) => ({ label: groups[i].replace(/_/g, ' '), stroke: TYPE_COLORS[groups[i]] || '#555',
      fill: TYPE_COLORS[groups[i]] || '#555', paths: bars, points: { show: false },
      value: (u, v, si, di) => (di == null ? '' : t.series[groups[i]][di]) }))],
    axes: [{}, { size: 40 }],
  }, [xs, ...order.map((i) => cum[i])], el);
}

// ---- events list + map markers
let current = [];
async function loadEvents() {
  const p = filters();
  p.set('limit', '1000');
  p.set('sort', '-date');
  const page = await api('api/events?' + p);
  current = page.events;
  $('#summary').textContent = `${page.total} event(s)` + (page.total > page.events.length ? `, newest ${page.events.length} shown` : '');
  const tbody = $('#events tbody');
  tbody.innerHTML = '';
  cluster.clearLayers();
  const markers = [];
  for (const e of current) {
    const tr = document.createElement('tr');
    tr.dataset.id = e.id;
    const actors = e.actors.filter((a) => a.role === 'actor1' || a.role === 'actor2').map((a) => a.name).join(' → ');
    tr.innerHTML = `<td>${esc(e.date.start ?? 'undated')}</td><td><span class="dot" style="background:${TYPE_COLORS[e.type]}"></span>${esc(e.subtype.replace(/_/g, ' '))}</td>`
      + `<td>${esc(e.location.name ?? e.location.admin1 ?? e.location.country ?? '?')}</td><td>${esc(actors)}</td>`
      + `<td>${e.fatalities?.best ?? ''}</td><td>${e.sources.length}</td>`;
    tr.addEventListener('click', () => showDetail(e.id));
    tbody.appendChild(tr);
    if (e.location.lat != null && e.location.lon != null) {
      const m = L.circleMarker([e.location.lat, e.location.lon], {
        radius: radius(e), color: '#222', weight: 1, fillColor: TYPE_COLORS[e.type], fillOpacity: 0.75, className: 'event-marker',
      });
      m.bindTooltip(`${esc(e.date.start ?? '')} ${esc(e.subtype.replace(/_/g, ' '))} — ${esc(e.location.name ?? '')}`);
      m.on('click', () => showDetail(e.id));
      markers.push(m);
    }
  }
  cluster.addLayers(markers);
  if (markers.length) map.fitBounds(cluster.getBounds().pad(0.3), { maxZoom: 8 });
}

async function showDetail(id) {
  const d = await api('api/event?id=' + encodeURIComponent(id));
  const e = d.event;
  const box = $('#detail');
  const actors = e.actors.map((a) => `<li>${esc(a.role)}: ${esc(a.name)} <small>(${esc(a.kind)})</small></li>`).join('');
  const f = e.fatalities ? `${e.fatalities.best}` + (e.fatalities.low !== e.fatalities.high ? ` (${e.fatalities.low}–${e.fatalities.high})` : '') : 'not reported';
  const evidence = d.evidence.map((x) => {
    if (x.context == null) return `<blockquote>${esc(x.quote)}</blockquote>`;
    const c = x.context;
    return `<blockquote class="evidence" data-doc="${esc(x.doc)}">${esc(c.slice(0, x.highlight_start))}<mark>${esc(c.slice(x.highlight_start, x.highlight_end))}</mark>${esc(c.slice(x.highlight_end))}`
      + `<footer>${esc(x.doc)}, characters ${x.start}–${x.end}</footer></blockquote>`;
  }).join('');
  const sources = d.sources.map((s) => `<li>${s.url ? `<a href="${esc(s.url)}" rel="noopener noreferrer" target="_blank">${esc(s.title ?? s.doc)}</a>` : esc(s.title ?? s.doc)}`
    + ` <small>${esc(s.published ?? '')}${s.duplicate_of ? ' · copy of ' + esc(s.duplicate_of) : ''}</small></li>`).join('');
  box.innerHTML = `<button class="close" aria-label="close">×</button>`
    + `<h2>${esc(e.subtype.replace(/_/g, ' '))}${d.rejected ? ' <span class="rejected">rejected</span>' : ''}</h2>`
    + `<dl><dt>type</dt><dd>${esc(e.type.replace(/_/g, ' '))}</dd>`
    + `<dt>date</dt><dd>${esc(e.date.start ?? 'unknown')}${e.date.end && e.date.end !== e.date.start ? ' – ' + esc(e.date.end) : ''} <small>(${esc(e.date.precision)})</small></dd>`
    + `<dt>place</dt><dd>${esc([e.location.name, e.location.admin1, e.location.country].filter(Boolean).join(', ') || 'unknown')} <small>(${esc(e.location.precision)})</small></dd>`
    + `<dt>killed</dt><dd>${esc(f)}</dd><dt>status</dt><dd>${esc(e.status)}</dd><dt>id</dt><dd><code>${esc(e.id)}</code></dd></dl>`
    + `<h3>Actors</h3><ul>${actors || '<li>none named</li>'}</ul>`
    + `<h3>Evidence</h3>${evidence}<h3>Sources (${d.sources.length})</h3><ul>${sources}</ul>`;
  box.hidden = false;
  box.querySelector('.close').addEventListener('click', () => { box.hidden = true; });
}

// ---- activity per admin1 and month
async function loadActivity() {
  const p = filters();
  p.set('by', 'month');
  p.set('group', 'admin1');
  const t = await api('api/timeline?' + p);
  const rows = Object.entries(t.series).sort((a, b) => b[1].reduce((x, y) => x + y, 0) - a[1].reduce((x, y) => x + y, 0));
  const max = Math.max(1, ...rows.flatMap(([, s]) => s));
  const head = '<tr><th>region</th>' + t.buckets.map((b) => `<th>${esc(b)}</th>`).join('') + '<th>total</th></tr>';
  const body = rows.map(([g, s]) => `<tr><th>${esc(g)}</th>` + s.map((n) => `<td style="background:rgba(192,57,43,${(n / max).toFixed(2)})">${n || ''}</td>`).join('')
    + `<td>${s.reduce((x, y) => x + y, 0)}</td></tr>`).join('');
  $('#activity').innerHTML = head + body;
}

async function refresh() {
  try {
    await Promise.all([loadEvents(), loadTimeline(), loadActivity()]);
    document.body.dataset.loaded = 'true';
  } catch (err) {
    $('#summary').textContent = 'Error: ' + err.message;
  }
}

$('#filters').addEventListener('submit', (ev) => { ev.preventDefault(); refresh(); });
$('#reset').addEventListener('click', () => { $('#filters').reset(); refresh(); });
document.querySelectorAll('input[name=by]').forEach((r) => r.addEventListener('change', loadTimeline));
document.querySelectorAll('.tabs button').forEach((b) => b.addEventListener('click', () => {
  document.querySelectorAll('.tabs button').forEach((x) => x.classList.toggle('on', x === b));
  $('#tab-list').hidden = b.dataset.tab !== 'list';
  $('#tab-activity').hidden = b.dataset.tab !== 'activity';
}));
let actorTimer = null;
$('#f-actor').addEventListener('input', () => {
  clearTimeout(actorTimer);
  actorTimer = setTimeout(async () => {
    const list = await api('api/actors?q=' + encodeURIComponent($('#f-actor').value));
    $('#actor-list').innerHTML = list.map((a) => `<option value="${esc(a.name)}">${a.events} events</option>`).join('');
  }, 200);
});
refresh();
