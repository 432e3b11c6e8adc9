// Demo kiosk: loops through the server's scripted walks. Each walk is the real /route answer (with its
// guidance cues); a simulated walker moves along it at walking pace, each cue is shown in large text and
// spoken with audio from /speech at the distances the server gives. The page keeps going by itself: a
// server that is away (restarting) is waited for and the loop continues when it is back.
(function () {
  'use strict';

  const params = new URLSearchParams(location.search);
  const TIME_FACTOR = Math.min(200, Math.max(0.1, Number(params.get('speed')) || 1)); // >1 only for demos and tests
  const WALKING_SPEED_MPS = 1.3;
  const RIDE_SPEED_MPS = 8; // a bus in town, for a scripted trip's rides
  const STOP_WAIT_MS = 4000; // the wait at the stop, shortened for the kiosk
  const TICK_MS = 200;
  const RETRY_MS = 3000;
  const ARRIVAL_PAUSE_MS = 4000;
  const SPEECH_TIMEOUT_MS = 30000;
  const STALE_AFTER_METERS = 25; // a cue not yet spoken when the walker is this far past it is dropped

  const TEXT = {
    en: {
      title: 'A walk with spoken guidance for blind walkers',
      start: 'Start', stop: 'Stop', next: 'Next walk', mute: 'Sound off', unmute: 'Sound on',
      noWalk: 'Choose Start to begin', idle: 'Press Start, or the S key, to begin a walk.',
      stopped: 'Stopped. Press Start, or the S key, to walk again.',
      keys: 'Keys: S start or stop, N next walk, L language, M sound.',
      credits: 'Map data © OpenStreetMap contributors (ODbL). The obstacles shown are demonstrations, not real.',
      progress: (i, n, along, length) => `Walk ${i} of ${n}. ${along} of ${length} metres.`,
      map: (name, along) => `Map of the walk ${name}. The walker is ${along} metres along the route.`,
      loading: 'Finding the route…',
      waiting: 'Waiting for the server… the kiosk continues by itself when it is back.',
      noWalks: 'There are no demonstration walks on the loaded map.',
      noRoute: (message) => `This walk has no route just now (${message}). Going on with the next one.`,
      allowSound: 'The browser blocked the sound: press Start to allow it.',
      noSwedishVoice: '',
    },
    sv: {
      title: 'En promenad med talad vägledning för blinda',
      start: 'Starta', stop: 'Stoppa', next: 'Nästa promenad', mute: 'Ljud av', unmute: 'Ljud på',
      noWalk: 'Välj Starta för att börja', idle: 'Tryck på Starta, eller tangenten S, för att börja en promenad.',
      stopped: 'Stoppad. Tryck på Starta, eller tangenten S, för att gå igen.',
      keys: 'Tangenter: S starta eller stoppa, N nästa promenad, L språk, M ljud.',
      credits: 'Kartdata © OpenStreetMaps bidragsgivare (ODbL). Hindren som visas är demonstrationer, inte verkliga.',
      progress: (i, n, along, length) => `Promenad ${i} av ${n}. ${along} av ${length} meter.`,
      map: (name, along) => `Karta över promenaden ${name}. Fotgängaren har gått ${along} meter av rutten.`,
      loading: 'Söker rutten…',
      waiting: 'Väntar på servern… kiosken fortsätter av sig själv när den är tillbaka.',
      noWalks: 'Det finns inga demonstrationspromenader på den inlästa kartan.',
      noRoute: (message) => `Promenaden har ingen rutt just nu (${message}). Fortsätter med nästa.`,
      allowSound: 'Webbläsaren stoppade ljudet: tryck på Starta för att tillåta det.',
      noSwedishVoice: 'Ingen svensk röst är installerad (espeak-ng): den engelska rösten läser texten.',
    },
  };

  const $ = (id) => document.getElementById(id);
  const state = {
    walks: [], walksLoaded: false, ownVoice: {}, walkIndex: 0, lang: params.get('lang') === 'sv' ? 'sv' : 'en',
    running: false, muted: false, walk: null, generation: 0, timer: null, lastTick: 0,
    serverAway: false, loops: 0, walksDone: 0,
  };
  const stats = { audioPlayed: 0, audioFailed: 0, routesLoaded: 0, serverWaits: 0, cuesShown: 0, recentCues: [] };
  const speech = { queue: [], current: null, guard: null };
  const audio = $('voice');

  // ---- map: the walkers' network from the server (no internet needed), the route, the walker, obstacles
  const map = L.map('map', {
    preferCanvas: true, zoomControl: false, attributionControl: false, keyboard: false, dragging: false,
    scrollWheelZoom: false, doubleClickZoom: false, boxZoom: false, touchZoom: false,
  }).setView([59.3357, 18.068], 16);
  // panes keep the drawing order whatever loads first: network, obstacles, route, walker
  [['network', 350], ['obstacles', 360], ['route', 370], ['walker', 380]].forEach(([name, z]) => {
    map.createPane(name).style.zIndex = String(z);
  });
  const networkLayer = L.geoJSON(null, { pane: 'network', style: { color: '#8a8a8a', weight: 2, interactive: false } }).addTo(map);
  const obstacleLayer = L.geoJSON(null, {
    pane: 'obstacles',
    style: (f) => ({ color: f.properties.severity === 'blocking' ? '#ff4d4d' : '#ff9900', weight: 4, fillOpacity: 0.5, interactive: false }),
    pointToLayer: (f, latlng) => L.circleMarker(latlng, { pane: 'obstacles', radius: 10, interactive: false }),
  }).addTo(map);
  const routeLine = L.polyline([], { pane: 'route', color: '#ffd400', weight: 9, opacity: 0.9, interactive: false }).addTo(map);
  const walker = L.circleMarker([0, 0], { pane: 'walker', radius: 12, color: '#000', weight: 3, fillColor: '#fff', fillOpacity: 1, interactive: false });

  // ---- text in the chosen language
  function t(key) {
    return TEXT[state.lang][key];
  }

  function applyLanguage() {
    document.documentElement.lang = state.lang;
    document.title = state.lang === 'sv' ? 'Talad promenad – kiosk' : 'Spoken walk – kiosk';
    for (const el of document.querySelectorAll('[data-text]')) {
      const key = el.dataset.text;
      if (typeof TEXT[state.lang][key] === 'string') el.textContent = t(key);
    }
    $('lang-sv').setAttribute('aria-pressed', String(state.lang === 'sv'));
    $('lang-en').setAttribute('aria-pressed', String(state.lang === 'en'));
    showControls();
  }

  function showControls() {
    $('start').textContent = state.running ? t('stop') : t('start');
    $('start').dataset.text = state.running ? 'stop' : 'start';
    $('mute').textContent = state.muted ? t('unmute') : t('mute');
    $('mute').dataset.text = state.muted ? 'unmute' : 'mute';
    $('mute').setAttribute('aria-pressed', String(state.muted));
  }

  function setStatus(message) {
    if ($('status').textContent !== message) $('status').textContent = message;
  }

  function showCue(text, kind) {
    delete $('cue').dataset.text;
    $('cue').textContent = text;
    $('cue').classList.toggle('hazard', kind === 'hazard');
    stats.cuesShown++;
    stats.recentCues.push({ kind: kind || '', text });
    if (stats.recentCues.length > 100) stats.recentCues.shift();
  }

  function showWalk(walk) {
    $('walk-name').textContent = walk ? walk.name[state.lang] : t('noWalk');
    $('walk-name').dataset.text = walk ? '' : 'noWalk';
    $('about').textContent = walk ? walk.about[state.lang] : '';
    document.body.dataset.walk = walk ? walk.id : '';
  }

  // ---- talking to the server: waits (and says so) while it is away, gives up only on the client's mistakes
  class RefusedError extends Error {}

  async function fetchJson(url, stillWanted) {
    for (;;) {
      try {
        const response = await fetch(url, { cache: 'no-store' });
        if (response.ok) {
          serverBack();
          return await response.json();
        }
        if (response.status < 500) {
          const body = await response.json().catch(() => ({}));
          serverBack();
          throw new RefusedError(body.detail || body.message || response.statusText);
        }
      } catch (e) {
        if (e instanceof RefusedError) throw e;
      }
      serverAway();
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      if (!stillWanted()) return null;
    }
  }

  function serverAway() {
    if (!state.serverAway) stats.serverWaits++;
    state.serverAway = true;
    setStatus(t('waiting'));
  }

  function serverBack() {
    if (!state.serverAway) return;
    state.serverAway = false;
    setStatus(languageNote());
  }

  function languageNote() {
    return state.lang === 'sv' && state.ownVoice.sv === false ? t('noSwedishVoice') : '';
  }

  // ---- speech: one voice, in order, hazards first; audio from the server's /speech
  function say(text, distance, urgent) {
    if (state.muted || !text) return;
    const item = { text, distance, lang: state.lang };
    if (urgent) speech.queue.unshift(item);
    else speech.queue.push(item);
    speakNext();
  }

  function speakNext() {
    if (speech.current || state.muted) return;
    const along = state.walk ? state.walk.along : 0;
    let item;
    while ((item = speech.queue.shift()) && item.distance !== null && item.distance < along - STALE_AFTER_METERS) {
      // passed long ago: saying it now would mislead
    }
    if (!item) return;
    speech.current = item;
    speech.guard = setTimeout(speechDone, SPEECH_TIMEOUT_MS);
    audio.src = '/speech?lang=' + item.lang + '&text=' + encodeURIComponent(item.text);
    audio.play().catch((e) => {
      // a failed load also fires 'error', which ends the item; a refusal to play needs a person's press
      if (!e || e.name !== 'NotAllowedError') return;
      if (state.running) toggleRunning();
      setStatus(t('allowSound'));
    });
  }

  function speechDone() {
    clearTimeout(speech.guard);
    speech.current = null;
    speakNext();
  }

  function silence() {
    speech.queue.length = 0;
    audio.pause();
    audio.removeAttribute('src');
    audio.load();
    clearTimeout(speech.guard);
    speech.current = null;
  }

  audio.addEventListener('ended', () => {
    stats.audioPlayed++;
    serverBack();
    speechDone();
  });
  audio.addEventListener('error', () => {
    if (!speech.current) return; // the source was removed on purpose
    stats.audioFailed++;
    fetch('/kiosk/walks', { cache: 'no-store' }).then(serverBack, serverAway);
    speechDone();
  });

  // ---- the walk
  function distanceMeters(a, b) {
    const rad = Math.PI / 180;
    const x = (b[1] - a[1]) * rad * Math.cos(((a[0] + b[0]) / 2) * rad);
    const y = (b[0] - a[0]) * rad;
    return Math.sqrt(x * x + y * y) * 6371000;
  }

  function pointAt(walk, along) {
    const { points, cumulative } = walk;
    let i = 1;
    while (i < points.length - 1 && cumulative[i] < along) i++;
    const span = cumulative[i] - cumulative[i - 1];
    const f = span > 0 ? Math.min(1, Math.max(0, (along - cumulative[i - 1]) / span)) : 1;
    return [points[i - 1][0] + f * (points[i][0] - points[i - 1][0]), points[i - 1][1] + f * (points[i][1] - points[i - 1][1])];
  }

  // ?time=ISO sets the clock of the scripted trips (for demonstrations and tests); else now
  const TRIP_CLOCK = params.get('time') ? Date.parse(params.get('time')) : null;

  function tripUrl(def, minutesLater) {
    const time = new Date((TRIP_CLOCK || Date.now()) + minutesLater * 60000);
    return '/route-pt?point=' + def.from.join(',') + '&point=' + def.to.join(',') + '&profile=' + encodeURIComponent(def.profile)
      + '&locale=' + state.lang + '&pt.limit_solutions=3&pt.earliest_departure_time=' + encodeURIComponent(time.toISOString());
  }

  const hasRide = (body) => body && body.paths.some((p) => (p.legs || []).some((l) => l.type === 'pt'));

  // a scripted trip is about the ride: where walking all the way is quicker, the next minutes are tried
  // until a vehicle is worth taking (at night there is none, and the walk is shown)
  async function fetchTrip(def, stillWanted) {
    let body = null;
    for (let minutes = 0; minutes < 10; minutes++) {
      const answer = await fetchJson(tripUrl(def, minutes), stillWanted);
      if (!answer || !stillWanted()) return answer;
      if (body === null) body = answer;
      if (hasRide(answer)) return answer;
    }
    return body;
  }

  // A route's line and cues; a trip with public transport as one line too: each leg's points and cues one
  // after the other, and where the rides are (played at a vehicle's speed, after a wait at the stop)
  function shape(def, body) {
    if (!def.transit) {
      const path = body.paths[0];
      return { points: path.points.coordinates.map((c) => [c[1], c[0]]), cues: path.guidance.cues, rides: [], summary: path.guidance.summary.full_text };
    }
    const path = body.paths.find((p) => (p.legs || []).some((l) => l.type === 'pt')) || body.paths[0];
    const points = [];
    const cues = [];
    const rides = [];
    let offset = 0;
    (path.legs || []).forEach((leg, i) => {
      const start = offset + (points.length ? distanceMeters(points[points.length - 1], [leg.geometry.coordinates[0][1], leg.geometry.coordinates[0][0]]) : 0);
      leg.geometry.coordinates.forEach((c) => {
        const p = [c[1], c[0]];
        if (points.length) offset += distanceMeters(points[points.length - 1], p);
        points.push(p);
      });
      if (leg.type === 'pt') rides.push({ start, end: offset });
      path.guidance.legs[i].cues.forEach((cue) => cues.push(Object.assign({}, cue, { id: 'l' + i + cue.id, distance: start + cue.distance })));
    });
    return { points, cues, rides, summary: path.guidance.summary.full_text };
  }

  function routeUrl(def) {
    return '/route?point=' + def.from.join(',') + '&point=' + def.to.join(',') + '&profile=' + encodeURIComponent(def.profile)
      + '&locale=' + state.lang + '&points_encoded=false&instructions=false';
  }

  // whatever the current walk still has under way (its timer, a route or map request) stops counting
  function abandonWalk() {
    state.generation++;
    clearInterval(state.timer);
  }

  async function startWalk() {
    abandonWalk();
    const generation = state.generation;
    silence();
    if (!state.walksLoaded) {
      showCue(t('loading'));
      return;
    }
    if (!state.walks.length) {
      showCue(t('noWalks'));
      return;
    }
    const def = state.walks[state.walkIndex];
    showWalk(def);
    showCue(t('loading'));
    let body;
    try {
      const stillWanted = () => generation === state.generation;
      body = def.transit ? await fetchTrip(def, stillWanted) : await fetchJson(routeUrl(def), stillWanted);
    } catch (refused) {
      if (generation !== state.generation) return;
      showCue(t('noRoute')(refused.message));
      setTimeout(() => generation === state.generation && nextWalk(true), ARRIVAL_PAUSE_MS);
      return;
    }
    if (!body || generation !== state.generation) return;
    const { points, cues: unsorted, rides, summary } = shape(def, body);
    const cumulative = [0];
    for (let i = 1; i < points.length; i++) cumulative.push(cumulative[i - 1] + distanceMeters(points[i - 1], points[i]));
    const cues = unsorted.slice().sort((a, b) => a.distance - b.distance);
    state.walk = {
      def, points, cumulative, length: cumulative[cumulative.length - 1], cues, stage: new Map(), along: 0, arrivedAt: null,
      rides, boarded: 0, waitUntil: null,
    };
    stats.routesLoaded++;
    drawWalk(state.walk);
    showCue(summary, 'summary');
    say(summary, null, false);
    state.lastTick = performance.now();
    state.timer = setInterval(tick, TICK_MS);
  }

  function drawWalk(walk) {
    routeLine.setLatLngs(walk.points);
    walker.setLatLng(walk.points[0]).addTo(map);
    map.fitBounds(routeLine.getBounds(), { padding: [40, 40], animate: false });
    const b = map.getBounds();
    const bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v) => v.toFixed(6)).join(',');
    loadLayer('/network?bbox=' + bbox, networkLayer);
    loadLayer('/obstacles?bbox=' + bbox, obstacleLayer);
    showProgress(walk);
  }

  // a map layer from the server, drawn only if the walk it was asked for is still the current one
  function loadLayer(url, layer) {
    const generation = state.generation;
    fetch(url).then((r) => (r.ok ? r.json() : null)).then((data) => {
      if (!data || generation !== state.generation) return;
      layer.clearLayers();
      layer.addData(data);
    }).catch(() => {});
  }

  function showProgress(walk) {
    const along = Math.round(walk.along);
    $('progress').textContent = t('progress')(state.walkIndex + 1, state.walks.length, along, Math.round(walk.length));
    $('map').setAttribute('aria-label', t('map')(walk.def.name[state.lang], along));
    document.body.dataset.along = String(along);
  }

  function tick() {
    const walk = state.walk;
    const now = performance.now();
    const seconds = (now - state.lastTick) / 1000;
    state.lastTick = now;
    if (walk.arrivedAt === null) {
      // a ride starts once its wait at the stop is over and what was said there has been heard
      const ride = walk.rides[walk.boarded];
      if (ride && walk.along >= ride.start && walk.waitUntil === null) walk.waitUntil = now + STOP_WAIT_MS / Math.min(TIME_FACTOR, 4);
      if (walk.waitUntil !== null) {
        announceCues(walk);
        if (now < walk.waitUntil || speech.current || speech.queue.length) return;
        walk.waitUntil = null;
        walk.boarded++;
        walk.along = ride.start + 0.01;
      }
      const riding = walk.rides.some((r) => walk.along > r.start && walk.along < r.end);
      const next = walk.rides[walk.boarded];
      const step = seconds * (riding ? RIDE_SPEED_MPS : WALKING_SPEED_MPS) * TIME_FACTOR;
      walk.along = Math.min(walk.length, next && walk.along < next.start ? Math.min(next.start, walk.along + step) : walk.along + step);
      walker.setLatLng(pointAt(walk, walk.along));
      showProgress(walk);
      announceCues(walk);
      if (walk.along >= walk.length) walk.arrivedAt = now;
    } else if (!speech.current && !speech.queue.length && now - walk.arrivedAt > ARRIVAL_PAUSE_MS / Math.min(TIME_FACTOR, 4)) {
      nextWalk(true);
    }
  }

  // Each cue is said first in full when the walker comes within its farthest announce distance, then
  // shortly at each nearer one; a cue whose distances are all passed at once is said once, in full.
  function announceCues(walk) {
    for (const cue of walk.cues) {
      const reached = cue.announce_before.filter((before) => walk.along >= cue.distance - before).length;
      const said = walk.stage.get(cue.id) || 0;
      if (reached <= said) continue;
      walk.stage.set(cue.id, reached);
      const text = said === 0 ? cue.full_text : cue.short_text;
      showCue(text, cue.kind);
      say(text, cue.distance, cue.kind === 'hazard');
    }
  }

  function nextWalk(finished) {
    if (finished) {
      state.walksDone++;
      document.body.dataset.walksDone = String(state.walksDone);
    }
    state.walkIndex = (state.walkIndex + 1) % Math.max(1, state.walks.length);
    if (finished && state.walkIndex === 0) {
      state.loops++;
      document.body.dataset.loops = String(state.loops);
    }
    if (state.running) startWalk();
    else {
      abandonWalk();
      showWalk(state.walks[state.walkIndex]);
    }
  }

  // ---- controls
  function toggleRunning() {
    state.running = !state.running;
    showControls();
    if (state.running) {
      setStatus(state.serverAway ? t('waiting') : languageNote());
      startWalk();
    } else {
      abandonWalk();
      silence();
      showCue(t('stopped'));
    }
  }

  function setLanguage(lang) {
    if (lang === state.lang) return;
    state.lang = lang;
    applyLanguage();
    setStatus(state.serverAway ? t('waiting') : languageNote());
    if (state.running) startWalk();
    else {
      showWalk(state.walks[state.walkIndex]);
      showCue(t('idle'));
    }
  }

  function toggleMute() {
    state.muted = !state.muted;
    if (state.muted) silence();
    // muted, the cue text is read by the screen reader instead of spoken by the page
    $('cue').setAttribute('aria-live', state.muted ? 'polite' : 'off');
    showControls();
  }

  $('start').addEventListener('click', toggleRunning);
  $('next').addEventListener('click', () => nextWalk(false));
  $('lang-sv').addEventListener('click', () => setLanguage('sv'));
  $('lang-en').addEventListener('click', () => setLanguage('en'));
  $('mute').addEventListener('click', toggleMute);
  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const key = e.key.toLowerCase();
    if (key === 's') toggleRunning();
    else if (key === 'n') nextWalk(false);
    else if (key === 'l') setLanguage(state.lang === 'sv' ? 'en' : 'sv');
    else if (key === 'm') toggleMute();
    else return;
    e.preventDefault();
  });

  async function init() {
    applyLanguage();
    const body = await fetchJson('/kiosk/walks', () => true);
    state.walks = body.walks;
    state.walksLoaded = true;
    state.ownVoice = body.own_voice || {};
    setStatus(languageNote());
    // ?walk=ID starts the loop at that walk (for demonstrations and tests)
    state.walkIndex = Math.max(0, state.walks.findIndex((w) => w.id === params.get('walk')));
    showWalk(state.walks[state.walkIndex]);
    if (!state.walks.length) showCue(t('noWalks'));
    else if (state.running) startWalk();
    else if (params.get('autostart') === '1') toggleRunning();
    document.body.dataset.ready = 'true';
  }

  window.kiosk = { state, stats };
  init();
})();
