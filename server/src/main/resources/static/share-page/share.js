// The share page of a call for help: where the walker is, refreshed every 5 s, and "I have seen it".
(function () {
  'use strict';
  const token = decodeURIComponent(location.pathname.split('/').filter(Boolean)[1] || '');
  const base = '/share/' + encodeURIComponent(token);
  const where = document.getElementById('where');
  const when = document.getElementById('when');
  const told = document.getElementById('told');
  const seenBy = document.getElementById('seen-by');
  const title = document.getElementById('title');
  const coordinates = document.getElementById('coordinates');
  const form = document.getElementById('seen-form');
  const mapLink = document.getElementById('map-link');
  let map = null, marker = null, circle = null, track = null, route = null, lastWords = '';

  function draw(status) {
    const at = [status.lat, status.lon];
    if (!map) {
      // a picture, not a control: the page's text and the map link are what a keyboard or screen reader uses
      map = L.map('map', {
        zoomControl: false, attributionControl: false, keyboard: false, dragging: false, scrollWheelZoom: false,
        doubleClickZoom: false, boxZoom: false, touchZoom: false,
      }).setView(at, 17);
      L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', { maxZoom: 19 }).addTo(map);
      circle = L.circle(at, { radius: status.accuracy_m, interactive: false }).addTo(map);
      marker = L.circleMarker(at, { radius: 9, color: '#000', weight: 3, fillColor: '#ff9e1b', fillOpacity: 1, interactive: false }).addTo(map);
    }
    marker.setLatLng(at);
    circle.setLatLng(at).setRadius(status.accuracy_m);
    const latLngs = (points) => points.map((p) => [p[1], p[0]]);
    if (route) route.remove();
    if (status.route.length > 1) route = L.polyline(latLngs(status.route), { color: '#003f8a', dashArray: '6 6', interactive: false }).addTo(map);
    if (track) track.remove();
    if (status.track.length > 1) track = L.polyline(latLngs(status.track), { color: '#b00020', interactive: false }).addTo(map);
  }

  function show(status) {
    const who = status.walker || 'The walker';
    title.textContent = 'Call for help from ' + who;
    document.title = 'Call for help from ' + who;
    if (status.words !== lastWords) { where.textContent = status.words; lastWords = status.words; }
    const seconds = Math.max(0, Math.round((Date.now() - Date.parse(status.time)) / 1000));
    when.textContent = status.cancelled ? who + ' has cancelled the call.'
      : 'Position from ' + seconds + ' seconds ago, within ' + Math.round(status.accuracy_m) + ' metres.';
    coordinates.textContent = 'Coordinates: ' + status.lat.toFixed(6) + ', ' + status.lon.toFixed(6);
    mapLink.href = 'https://www.openstreetmap.org/?mlat=' + status.lat.toFixed(6) + '&mlon=' + status.lon.toFixed(6)
      + '#map=19/' + status.lat.toFixed(6) + '/' + status.lon.toFixed(6);
    if (status.seen_by.length) seenBy.textContent = 'Seen by ' + status.seen_by.join(', ') + '.';
    draw(status);
  }

  function refresh() {
    fetch(base + '/status', { cache: 'no-store' })
      .then((response) => response.ok ? response.json() : Promise.reject(response.status))
      .then(show)
      .catch(() => {
        where.textContent = 'This call for help has ended, or the link is not complete.';
        form.hidden = true;
      });
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = document.getElementById('name').value.trim();
    fetch(base + '/seen', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: name })
    }).then((response) => {
      told.textContent = response.ok ? 'Thank you, ' + name + '. The walker will hear that you have seen the call.'
        : 'That did not go through. Please try again.';
      if (response.ok) refresh();
    });
  });

  refresh();
  setInterval(refresh, 5000);
}());
