// The query page: YASGUI on this server's endpoint, opening with the ontology's prefixes, and the example queries
// from the jar's queries/ folder in a list beside it. No request leaves this server: the autocompleters that would
// ask outside services (LOV, prefix.cc) are off, and nothing is loaded from a CDN.
(async function () {
    'use strict';
    const endpoint = new URL('/kg/sparql', window.location.href).toString();
    const [prefixes, examples] = await Promise.all([
        fetch('prefixes.json').then(r => r.json()),
        fetch('examples.json').then(r => r.json())
    ]);
    const header = Object.keys(prefixes).sort().map(p => 'PREFIX ' + p + ': <' + prefixes[p] + '>').join('\n');
    const start = header + '\n\nSELECT ?zone ?label WHERE {\n  ?zone a cbec:PilotZone ; rdfs:label ?label .\n'
        + '  FILTER(lang(?label) = "zh")\n} ORDER BY ?label LIMIT 100\n';

    Yasgui.Yasqe.defaults.autocompleters = ['variables'];
    const yasgui = new Yasgui(document.getElementById('yasgui'), {
        requestConfig: {endpoint: endpoint, method: 'POST'},
        copyEndpointOnNewTab: true,
        persistenceId: null,
        endpointCatalogueOptions: {getData: () => [{endpoint: endpoint}]},
        yasqe: {value: start}
    });
    yasgui.getTab().setQuery(start);
    document.getElementById('endpoint').textContent = endpoint;

    const list = document.getElementById('examples');
    examples.forEach(function (example) {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'example';
        button.dataset.name = example.name;
        button.textContent = example.title;   // textContent: titles are shown as text, never as markup
        button.title = example.name;
        button.addEventListener('click', function () {
            yasgui.getTab().setQuery(example.query);
        });
        item.appendChild(button);
        list.appendChild(item);
    });
    window.cbec = {yasgui: yasgui, examples: examples};
    document.body.dataset.ready = 'true';
})();
