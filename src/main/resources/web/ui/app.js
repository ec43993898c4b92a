// The query page: YASGUI on this server's endpoint. It opens on a short query that runs at once, with the
// ontology's prefixes declared above it but folded away; the example queries from the jar's queries/ folder are
// listed beside it, grouped by who they are for (the scorer's test queries are left out); results can be drawn as a
// chart. No request leaves this server: the autocompleters that would ask outside services (LOV, prefix.cc) are
// off, and nothing is loaded from a CDN.
(async function () {
    'use strict';
    const endpoint = new URL('/kg/sparql', window.location.href).toString();
    const [prefixes, examples] = await Promise.all([
        fetch('prefixes.json').then(r => r.json()),
        fetch('examples.json').then(r => r.json())
    ]);
    const header = Object.keys(prefixes).sort().map(p => 'PREFIX ' + p + ': <' + prefixes[p] + '>').join('\n');
    const start = header + '\n\n# 各省综试区数量 · Pilot zones per province.\n'
        + '# Press ▶ to run it; the Chart tab above the results draws it.\n'
        + 'SELECT ?province (COUNT(DISTINCT ?zone) AS ?zones) WHERE {\n'
        + '  ?zone a cbec:PilotZone ; cbec:city ?city .\n'
        + '  OPTIONAL { ?city cbec:province ?p }\n'
        + '  ?place skos:prefLabel ?province . FILTER(?place = COALESCE(?p, ?city) && lang(?province) = "zh")\n'
        + '} GROUP BY ?province ORDER BY DESC(?zones) ?province\n';

    Yasgui.Yasqe.defaults.autocompleters = ['variables'];
    Yasgui.Yasqe.defaults.collapsePrefixesOnLoad = true;
    Yasgui.Yasr.registerPlugin('chart', ChartPlugin);
    Yasgui.Yasr.defaults.pluginOrder = ['table', 'chart', 'response'];
    const yasgui = new Yasgui(document.getElementById('yasgui'), {
        requestConfig: {endpoint: endpoint, method: 'POST'},
        copyEndpointOnNewTab: true,
        persistenceId: null,
        endpointCatalogueOptions: {getData: () => [{endpoint: endpoint}]},
        yasqe: {value: start}
    });
    const tab = yasgui.getTab();
    tab.setQuery(start);
    tab.getYasqe().collapsePrefixes(true);
    tab.query();
    document.getElementById('endpoint').textContent = endpoint;

    const groups = [['data scientist', '数据分析 · For data scientists'],
        ['linked data', '关联数据 · For linked data'], ['auditor', '审计 · For auditors']];
    const list = document.getElementById('examples');
    groups.forEach(function ([user, heading]) {
        const mine = examples.filter(e => e.user === user);
        if (!mine.length) { return; }
        const h = document.createElement('h3');
        h.textContent = heading;
        list.appendChild(h);
        const ul = document.createElement('ul');
        ul.dataset.user = user;
        mine.forEach(function (example) {
            const item = document.createElement('li');
            const button = document.createElement('button');
            button.type = 'button';
            button.className = 'example';
            button.dataset.name = example.name;
            // The group says who it is for: "For data scientists: every figure…" shows as "Every figure…".
            const title = example.title.replace(/^For [^:]+:\s*/, '');
            button.textContent = title.charAt(0).toUpperCase() + title.slice(1);   // as text, never as markup
            button.title = example.name;
            button.addEventListener('click', function () {
                yasgui.getTab().setQuery(example.query);
                yasgui.getTab().getYasqe().collapsePrefixes(true);
            });
            item.appendChild(button);
            ul.appendChild(item);
        });
        list.appendChild(ul);
    });
    window.cbec = {yasgui: yasgui, examples: examples};
    document.body.dataset.ready = 'true';

    // A YASR result view: the first text column against the first numeric one, as bars (or a line over periods),
    // drawn with the same vendored ECharts as the map and the figure charts.
    function ChartPlugin(yasr) {
        this.yasr = yasr;
        this.priority = 5;
        this.label = 'Chart';
    }
    ChartPlugin.prototype.getIcon = function () {
        const icon = document.createElement('span');
        icon.textContent = '📊';
        return icon;
    };
    ChartPlugin.prototype.canHandleResults = function () {
        return !!columns(this.yasr);
    };
    ChartPlugin.prototype.draw = function () {
        const c = columns(this.yasr);
        const el = document.createElement('div');
        el.className = 'result-chart';
        el.style.height = '420px';
        this.yasr.resultsEl.appendChild(el);
        const rows = c.rows;
        echarts.init(el).setOption({
            tooltip: {trigger: 'axis'},
            grid: {left: 80, right: 20, bottom: 90},
            xAxis: {type: 'category', data: rows.map(r => r[c.label] ? r[c.label].value : ''),
                axisLabel: {rotate: 40}},
            yAxis: {type: 'value'},
            series: [{type: 'bar', name: c.value, data: rows.map(r => Number(r[c.value].value))}]
        });
        el.dataset.points = String(rows.length);
    };

    function columns(yasr) {
        const results = yasr.results;
        if (!results || !results.getBindings || !results.getVariables) { return null; }
        const rows = results.getBindings() || [];
        const vars = results.getVariables() || [];
        const numeric = v => rows.length && rows.every(r => !r[v] || !isNaN(Number(r[v].value)));
        const value = vars.find(v => numeric(v) && rows.some(r => r[v]));
        const label = vars.find(v => v !== value && !numeric(v)) || vars.find(v => v !== value);
        return value && label ? {rows: rows.slice(0, 200), label: label, value: value} : null;
    }
})();
