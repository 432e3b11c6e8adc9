// GraphHopper Maps (the route planner page GraphHopper 11 ships), set up for this server: it routes here,
// with the walker profiles from /info, and asks for what a walk crosses. There is no geocoder and no
// vector-tile layer of the routing graph on this server; the background map is OpenStreetMap's tiles.
const config = {
    routingApi: location.origin + '/',
    geocodingApi: '',
    defaultTiles: 'OpenStreetMap',
    keys: {
        graphhopper: '',
        maptiler: 'missing_api_key',
        omniscale: 'missing_api_key',
        thunderforest: 'missing_api_key',
        kurviger: 'missing_api_key',
    },
    routingGraphLayerAllowed: false,
    request: {
        details: ['crossing', 'road_class', 'surface'],
        snapPreventions: ['ferry'],
    },
    profile_group_mapping: {},
}
