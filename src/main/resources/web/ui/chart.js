// The figure chart: every statement of one measure × area as its own point over the periods, hover for the value
// as the article wrote it with the article and date, click to open the quote in its article. Statements that
// disagree about a period stand side by side; the best value under each selection rule is drawn larger and named.
(async function () {
    'use strict';
    const box = document.querySelector('.figurechart');
    if (!box || !window.echarts) { return; }
    const base = box.dataset.base;
    const params = new URLSearchParams(window.location.search);
    const [choiceQuery, statementQuery] = await Promise.all([
        cbecSparql.queryText('chart-choices.rq'), cbecSparql.queryText('figure-statements.rq')]);
    const choices = await cbecSparql.run(choiceQuery);
    const chosen = choices.find(function (c) {
        return (!params.get('measure') || c.measure === params.get('measure'))
            && (!params.get('area') || c.area === params.get('area'));
    });
    pickers(choices, chosen);
    if (!chosen) {
        box.querySelector('.figurechart-chart').textContent = '没有数据 No figures for this measure and area.';
        box.dataset.ready = 'true';
        box.dataset.points = '0';
        return;
    }
    const query = statementQuery.replace('(UNDEF UNDEF)', '(<' + chosen.measure + '> <' + chosen.area + '>)');
    cbecSparql.show(box.querySelector('pre.sparql'), query);
    const rows = await cbecSparql.run(query);

    const periods = Array.from(new Set(rows.map(function (r) { return r.period || '?'; }))).sort();
    const seen = {};
    const points = rows.map(function (r) {
        const p = r.period || '?';
        const k = seen[p] = (seen[p] || 0) + 1;
        const best = r.bestBy ? r.bestBy.split(' ').filter(Boolean) : [];
        return {
            value: [periods.indexOf(p) + (k - 1) * 0.12, Number(r.value)], row: r, best: best,
            symbol: best.length ? 'diamond' : 'circle', symbolSize: best.length ? 18 : 11,
            itemStyle: {color: ruleColour(best), borderColor: '#fff', borderWidth: 1}
        };
    });
    document.querySelector('h1 .what').textContent = (chosen.measureLabel || chosen.measure) + ' · '
        + (chosen.areaLabel || chosen.area);
    const chart = echarts.init(box.querySelector('.figurechart-chart'));
    chart.setOption({
        grid: {left: 80, right: 30, top: 30, bottom: 50},
        tooltip: {trigger: 'item', formatter: tooltip},
        xAxis: {type: 'value', min: -1, max: periods.length, interval: 1, splitLine: {show: false},
            axisLabel: {formatter: function (v) { return periods[v] ? cbecSparql.period(periods[v]).en : ''; }}},
        yAxis: {type: 'value', scale: true, axisLabel: {formatter: cbecSparql.compact}},
        series: [{type: 'scatter', name: 'statements', data: points, z: 3}]
    });
    chart.on('click', function (e) {
        const r = e.data && e.data.row;
        if (r) { window.location.href = cbecSparql.href(r.evidence || r.obs, base); }
    });
    window.addEventListener('resize', function () { chart.resize(); });
    table(box.querySelector('.figurechart-table tbody'), points);
    window.cbecChart = {chart: chart, points: points.length, periods: periods};
    box.dataset.ready = 'true';
    box.dataset.points = String(points.length);

    // Both rules agree: red; only the most-sourced value: purple; only the latest article's: orange.
    function ruleColour(best) {
        if (!best.length) { return '#2a7fb8'; }
        return best.length > 1 ? '#c8423a' : best[0] === 'most_sources' ? '#7b3fa0' : '#e8772e';
    }

    function tooltip(p) {
        const esc = echarts.format.encodeHTML;
        const r = p.data.row;
        const when = cbecSparql.period(r.period);
        return '<b>' + esc(r.written) + '</b> · ' + esc(when.zh) + ' (' + esc(when.en) + ')<br>《'
            + esc(r.title || r.article) + '》 ' + esc(r.published || '') + (p.data.best.length
                ? '<br>最佳值 best value by ' + esc(p.data.best.join(', ')) : '') + '<br><i>click: the quote</i>';
    }

    function table(body, all) {
        all.forEach(function (p) {
            const r = p.row;
            const tr = document.createElement('tr');
            const when = cbecSparql.period(r.period);
            [when.zh + ' · ' + when.en, r.written, r.published || ''].forEach(function (t) {
                const td = document.createElement('td');
                td.textContent = t;
                tr.appendChild(td);
            });
            const quote = document.createElement('td');
            const a = document.createElement('a');
            a.href = cbecSparql.href(r.evidence || r.obs, base);
            a.textContent = r.quote || r.title || r.obs;
            quote.appendChild(a);
            tr.appendChild(quote);
            const best = document.createElement('td');
            best.textContent = p.best.join(', ');
            tr.appendChild(best);
            body.appendChild(tr);
        });
    }

    function pickers(all, current) {
        const form = box.querySelector('form.pick');
        const select = form.querySelector('select');
        all.forEach(function (c) {
            const o = document.createElement('option');
            o.value = JSON.stringify([c.measure, c.area]);
            o.textContent = (c.measureLabel || c.measure) + ' · ' + (c.areaLabel || c.area)
                + ' (' + c.statements + ')';
            o.selected = current === c;
            select.appendChild(o);
        });
        select.addEventListener('change', function () {
            const [m, a] = JSON.parse(select.value);
            window.location.search = '?measure=' + encodeURIComponent(m) + '&area=' + encodeURIComponent(a);
        });
    }
})().catch(function (e) {
    'use strict';
    const box = document.querySelector('.figurechart');
    if (box) { box.dataset.error = String(e); box.querySelector('.figurechart-chart').textContent = String(e); }
});
