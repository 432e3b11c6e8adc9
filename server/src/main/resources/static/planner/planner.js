// Planner page: the walkers' network drawn from the server (no internet needed), obstacles drawn and
// edited with Leaflet.draw, saved through the obstacle API. Text from users is only ever set as text
// (textContent, Leaflet tooltips built from text nodes), never as HTML.
(function () {
  'use strict';

  const state = { auth: null, editing: null, drawn: null, obstacles: new Map(), routeFrom: null, routeTo: null };
  const $ = (id) => document.getElementById(id);
  const SEVERITY_COLOUR = { blocking: '#c00000', hazard: '#e07000', info: '#0060c0' };

  const map = L.map('map', { preferCanvas: true }).setView([59.3357, 18.068], 16);
  const params = new URLSearchParams(location.search);
  if (params.get('tiles')) {
    L.tileLayer(params.get('tiles'), { maxZoom: 20, attribution: '© OpenStreetMap contributors' }).addTo(map);
  }
  map.attributionControl.addAttribution('Network: © OpenStreetMap contributors (ODbL)');
  const networkLayer = L.geoJSON(null, {
    style: (f) => ({
      color: f.properties.closed ? '#c00000' : f.properties.hazard ? '#e07000' : '#555',
      weight: f.properties.closed || f.properties.hazard ? 4 : 2,
      interactive: false,
    }),
  }).addTo(map);
  const obstacleLayer = new L.FeatureGroup().addTo(map);
  const routeLayer = L.geoJSON(null, { style: { color: '#008a3e', weight: 6, opacity: 0.8 } }).addTo(map);
  const drawControl = new L.Control.Draw({
    edit: { featureGroup: obstacleLayer, remove: false },
    draw: { circle: false, circlemarker: false, marker: true, polyline: true, polygon: true, rectangle: true },
  });

  function headers(extra) {
    const h = Object.assign({ 'X-Requested-With': 'XMLHttpRequest' }, extra || {});
    if (state.auth) h.Authorization = state.auth;
    return h;
  }

  async function problemText(response) {
    try {
      const body = await response.json();
      const problems = body.hints && body.hints[0] && body.hints[0].problems;
      return problems ? problems.join(' ') : body.detail || body.message || response.statusText;
    } catch (e) {
      return response.statusText;
    }
  }

  function bboxParam() {
    const b = map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v) => v.toFixed(6)).join(',');
  }

  async function loadNetwork() {
    const response = await fetch('/network?bbox=' + bboxParam());
    if (!response.ok) return;
    networkLayer.clearLayers();
    networkLayer.addData(await response.json());
  }

  async function loadObstacles() {
    const response = await fetch('/obstacles?bbox=' + bboxParam());
    if (!response.ok) return;
    const collection = await response.json();
    obstacleLayer.clearLayers();
    state.obstacles.clear();
    const list = $('obstacle-list');
    list.replaceChildren();
    for (const feature of collection.features) {
      state.obstacles.set(feature.id, feature);
      const layer = L.geoJSON(feature, {
        style: { color: SEVERITY_COLOUR[feature.properties.severity] || '#333', weight: 4 },
        pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 8, color: SEVERITY_COLOUR[f.properties.severity] }),
      });
      layer.eachLayer((l) => {
        l.obstacleId = feature.id;
        l.bindTooltip(describe(feature)); // a string: Leaflet sets tooltips as HTML, so escape first
        l.on('click', () => select(feature.id));
        obstacleLayer.addLayer(l);
      });
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'obstacle-entry';
      button.textContent = label(feature);
      button.addEventListener('click', () => select(feature.id));
      item.appendChild(button);
      list.appendChild(item);
    }
  }

  function label(feature) {
    const p = feature.properties;
    return p.severity + ' · ' + p.kind.replace('_', ' ') + ': ' + (p.description_en || p.description_sv || '');
  }

  function describe(feature) {
    const span = document.createElement('span');
    span.textContent = label(feature);
    return span.innerHTML; // escaped text, safe as tooltip HTML
  }

  function refreshView() {
    loadNetwork();
    loadObstacles();
  }

  // ---- login
  $('login').addEventListener('submit', async (event) => {
    event.preventDefault();
    const name = $('login-name').value;
    const auth = 'Basic ' + btoa(unescape(encodeURIComponent(name + ':' + $('login-password').value)));
    const response = await fetch('/planner/whoami', { headers: { Authorization: auth, 'X-Requested-With': 'XMLHttpRequest' } });
    if (!response.ok) {
      $('login-error').textContent = await problemText(response);
      return;
    }
    state.auth = auth;
    $('login-password').value = '';
    $('login').hidden = true;
    $('editor').hidden = false;
    $('who').textContent = 'Logged in as ' + (await response.json()).name + '.';
    map.addControl(drawControl);
  });

  // ---- drawing and editing
  map.on(L.Draw.Event.CREATED, (event) => {
    if (state.drawn) map.removeLayer(state.drawn);
    state.drawn = event.layer;
    state.drawn.addTo(map);
    state.editing = null;
    clearForm();
    $('editor-status').textContent = 'New obstacle drawn: set its details and save.';
    $('description-en').focus();
  });

  map.on(L.Draw.Event.EDITED, async (event) => {
    for (const layer of event.layers.getLayers()) {
      const feature = state.obstacles.get(layer.obstacleId);
      if (!feature) continue;
      const edited = Object.assign({}, feature, { geometry: layer.toGeoJSON().geometry });
      await save(edited, feature.id, feature.properties.version);
    }
  });

  function select(id) {
    const feature = state.obstacles.get(id);
    if (!feature || !state.auth) return;
    state.editing = feature;
    if (state.drawn) { map.removeLayer(state.drawn); state.drawn = null; }
    const p = feature.properties;
    $('kind').value = p.kind;
    $('severity').value = p.severity;
    $('description-en').value = p.description_en || '';
    $('description-sv').value = p.description_sv || '';
    $('valid-from').value = toLocalInput(p.valid_from);
    $('valid-until').value = toLocalInput(p.valid_until);
    $('delete').disabled = false;
    $('editor-status').textContent = 'Editing: ' + label(feature) + ' (version ' + p.version + ').';
  }

  function clearForm() {
    $('description-en').value = '';
    $('description-sv').value = '';
    $('valid-from').value = '';
    $('valid-until').value = '';
    $('delete').disabled = true;
  }

  function toLocalInput(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    const pad = (n) => String(n).padStart(2, '0');
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + 'T' + pad(d.getHours()) + ':' + pad(d.getMinutes());
  }

  function fromLocalInput(value) {
    return value ? new Date(value).toISOString() : null;
  }

  function formProperties() {
    return {
      kind: $('kind').value,
      severity: $('severity').value,
      description_en: $('description-en').value,
      description_sv: $('description-sv').value,
      valid_from: fromLocalInput($('valid-from').value),
      valid_until: fromLocalInput($('valid-until').value),
      source: 'planner page',
    };
  }

  async function save(feature, id, version) {
    const response = await fetch(id ? '/obstacles/' + id : '/obstacles', {
      method: id ? 'PUT' : 'POST',
      headers: headers(Object.assign({ 'Content-Type': 'application/geo+json' }, id ? { 'If-Match': '"' + version + '"' } : {})),
      body: JSON.stringify(feature),
    });
    if (!response.ok) {
      $('editor-status').textContent = 'Not saved: ' + (await problemText(response));
      return false;
    }
    const saved = await response.json();
    $('editor-status').textContent = 'Saved (version ' + saved.properties.version + '). Routes respect it now.';
    if (state.drawn) { map.removeLayer(state.drawn); state.drawn = null; }
    state.editing = null;
    clearForm();
    refreshView();
    refreshRoute();
    return true;
  }

  $('editor').addEventListener('submit', async (event) => {
    event.preventDefault();
    if (state.editing) {
      const feature = Object.assign({}, state.editing, { properties: formProperties() });
      await save(feature, state.editing.id, state.editing.properties.version);
    } else if (state.drawn) {
      await save({ type: 'Feature', geometry: state.drawn.toGeoJSON().geometry, properties: formProperties() });
    } else {
      $('editor-status').textContent = 'Draw an obstacle on the map first, or select one.';
    }
  });

  $('delete').addEventListener('click', async () => {
    const feature = state.editing;
    if (!feature) return;
    const response = await fetch('/obstacles/' + feature.id, {
      method: 'DELETE',
      headers: headers({ 'If-Match': '"' + feature.properties.version + '"' }),
    });
    $('editor-status').textContent = response.ok ? 'Deleted.' : 'Not deleted: ' + (await problemText(response));
    state.editing = null;
    clearForm();
    refreshView();
    refreshRoute();
  });

  $('cancel').addEventListener('click', () => {
    if (state.drawn) { map.removeLayer(state.drawn); state.drawn = null; }
    state.editing = null;
    clearForm();
    $('editor-status').textContent = '';
  });

  // ---- route check
  async function refreshRoute() {
    if (!state.routeFrom) return;
    const url = '/route?points_encoded=false&instructions=false&profile=' + $('route-profile').value
      + '&point=' + state.routeFrom + '&point=' + state.routeTo;
    const response = await fetch(url);
    routeLayer.clearLayers();
    if (!response.ok) {
      $('route-status').textContent = 'No route: ' + (await problemText(response));
      return;
    }
    const path = (await response.json()).paths[0];
    routeLayer.addData({ type: 'Feature', geometry: path.points, properties: {} });
    $('route-status').textContent = 'Route: ' + Math.round(path.distance) + ' m.';
    $('route-status').dataset.distance = String(path.distance);
  }

  $('route-check').addEventListener('submit', async (event) => {
    event.preventDefault();
    state.routeFrom = $('route-from').value.replace(/\s/g, '');
    state.routeTo = $('route-to').value.replace(/\s/g, '');
    await refreshRoute();
  });

  map.on('moveend', refreshView);
  refreshView();
  window.planner = { map, routeLayer, obstacleLayer };
})();
