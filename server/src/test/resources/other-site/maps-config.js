// GraphHopper Maps served by another web site, routing on the navigation server under test
const config = {
    routingApi: new URLSearchParams(location.search).get('server') + '/',
    geocodingApi: '',
    defaultTiles: 'OpenStreetMap',
    keys: { graphhopper: '', maptiler: 'missing_api_key', omniscale: 'missing_api_key', thunderforest: 'missing_api_key', kurviger: 'missing_api_key' },
    routingGraphLayerAllowed: false,
    request: { details: ['crossing'], snapPreventions: ['ferry'] },
    profile_group_mapping: {},
}
