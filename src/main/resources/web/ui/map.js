// The zone map: China's provinces (vendored shapes, named from Debian's iso-codes) shaded by their number of zones,
// and one mark per pilot zone, coloured by approval batch, with a timeline that steps through the batches. Each
// mark opens its zone's page. Zones are placed around their province's centre (no city coordinates are shipped
// under a licence we could check); a zone is always counted in its province.
(async function () {
    'use strict';
    const box = document.querySelector('.zonemap');
    if (!box || !window.echarts) { return; }
    const base = box.dataset.base;
    const palette = ['#1b4f8a', '#2a7fb8', '#3aa1a1', '#58b368', '#a3c644', '#e0b020', '#e8772e', '#c8423a',
        '#9b3f8f', '#6b4fa0'];
    const colour = function (batch) { return batch ? palette[(batch - 1) % palette.length] : '#888'; };

    const [topo, names, query] = await Promise.all([
        fetch('/ui/map/chn.topo.json').then(function (r) { return r.json(); }),
        fetch('/ui/map/provinces.json').then(function (r) { return r.json(); }),
        cbecSparql.queryText('zone-map.rq')
    ]);
    cbecSparql.show(box.querySelector('pre.sparql'), query);
    const started = performance.now();
    const zones = await cbecSparql.run(query);

    const byShape = {};
    names.forEach(function (n) { byShape[n.shape] = n; });
    const geo = topojson.feature(topo, topo.objects.chn);
    geo.features.forEach(function (f) {
        const n = byShape[f.id];
        f.properties.name = n ? n.zh : f.properties.name;
        f.properties.en = n ? n.shapeName : f.properties.name;
    });
    echarts.registerMap('china-provinces', geo);
    const centre = {};
    const english = {};
    geo.features.forEach(function (f) {
        centre[f.properties.name] = centroid(f.geometry);
        english[f.properties.name] = f.properties.en;
    });

    // Sunflower placement: the k-th zone of a province sits at radius √k around its centre, 137.5° further on.
    const perProvince = {};
    const marks = zones.map(function (z) {
        const p = z.provinceLabel || '';
        const k = perProvince[p] = (perProvince[p] || 0) + 1;
        const c = centre[p];
        const angle = k * 2.39996;
        const r = 0.45 * Math.sqrt(k - 1);
        const batch = z.batch ? Number(z.batch) : null;
        return {
            name: z.label || z.cityLabel, value: c ? [c[0] + r * Math.cos(angle), c[1] + r * Math.sin(angle)] : null,
            batch: batch, zone: z.zone, city: z.cityLabel, cityEn: z.cityLabelEn, province: p,
            approved: z.approved, itemStyle: {color: colour(batch)}
        };
    });
    const placed = marks.filter(function (m) { return m.value; });
    const batches = Array.from(new Set(marks.map(function (m) { return m.batch; }).filter(Boolean)))
        .sort(function (a, b) { return a - b; });
    const steps = batches.concat(marks.some(function (m) { return !m.batch; }) ? ['?'] : []);
    const year = function (b) {
        const d = marks.filter(function (m) { return m.batch === b && m.approved; })
            .map(function (m) { return m.approved; });
        return d.length ? d.sort()[0].substring(0, 4) : '';
    };
    // Digits and Latin only on the axis: it stays readable where no CJK font is installed.
    const stepLabel = function (s) { return s === '?' ? '? (unknown)' : s + ' · ' + year(s); };
    const upTo = function (s) {
        const last = s === '?' ? Infinity : s;
        return placed.filter(function (m) { return s === '?' || (m.batch && m.batch <= last); });
    };

    const chart = echarts.init(box.querySelector('.zonemap-chart'), null, {renderer: 'canvas'});
    chart.setOption({
        baseOption: {
            timeline: {axisType: 'category', data: steps.map(stepLabel), currentIndex: steps.length - 1,
                autoPlay: false, playInterval: 1500, bottom: 0, left: 20, right: 20,
                label: {formatter: function (s) { return 'batch ' + s; }}},
            tooltip: {trigger: 'item', formatter: tooltip},
            visualMap: {type: 'continuous', min: 0, max: maxCount(), seriesIndex: 0, left: 10, bottom: 60,
                text: ['综试区数 zones', ''], calculable: false, inRange: {color: ['#f2f5f9', '#7fa7cf']}},
            geo: {map: 'china-provinces', roam: true, top: 10, bottom: 70, itemStyle: {borderColor: '#999'},
                emphasis: {label: {show: false}}},
            series: [
                {type: 'map', geoIndex: 0, name: 'provinces'},
                {type: 'scatter', coordinateSystem: 'geo', name: 'zones', symbolSize: 9, z: 3,
                    emphasis: {scale: 1.6}}
            ]
        },
        options: steps.map(function (s) {
            const shown = upTo(s);
            return {series: [{data: counts(shown)}, {data: shown}]};
        })
    });
    chart.on('click', function (e) {
        if (e.seriesType === 'scatter' && e.data && e.data.zone) {
            window.location.href = cbecSparql.href(e.data.zone, base);
        }
    });
    window.addEventListener('resize', function () { chart.resize(); });
    legend(box.querySelector('.zonemap-legend'), batches);
    list(document.querySelector('.zonemap-list'), marks);
    const drawn = performance.now() - started;
    window.cbecMap = {chart: chart, zones: zones.length, placed: placed.length, drawnMs: Math.round(drawn)};
    box.dataset.ready = 'true';
    box.dataset.zones = String(zones.length);

    function counts(shown) {
        const n = {};
        shown.forEach(function (m) { n[m.province] = (n[m.province] || 0) + 1; });
        return Object.keys(centre).map(function (p) { return {name: p, value: n[p] || 0}; });
    }

    function maxCount() {
        const n = {};
        marks.forEach(function (m) { n[m.province] = (n[m.province] || 0) + 1; });
        return Math.max(1, ...Object.values(n));
    }

    function tooltip(p) {
        const esc = echarts.format.encodeHTML;
        if (p.seriesType === 'scatter') {
            const d = p.data;
            return esc(d.name) + '<br>' + esc(d.city || '') + (d.cityEn ? ' · ' + esc(d.cityEn) : '') + '<br>'
                + (d.batch ? '第' + d.batch + '批 batch ' + d.batch : '批次未知 batch unknown')
                + (d.approved ? ' · ' + esc(d.approved) : '');
        }
        return esc(p.name) + (english[p.name] ? ' · ' + esc(english[p.name]) : '') + '<br>'
            + (p.value || 0) + ' 个综试区 zones';
    }

    function legend(el, list) {
        if (!el) { return; }
        list.concat([null]).forEach(function (b) {
            const item = document.createElement('span');
            item.className = 'swatch';
            item.style.setProperty('--c', colour(b));
            item.textContent = b ? '第' + b + '批 ' + year(b) : '批次未知 unknown';
            el.appendChild(item);
        });
    }

    function list(el, all) {
        if (!el) { return; }
        all.forEach(function (m) {
            const li = document.createElement('li');
            const a = document.createElement('a');
            a.href = cbecSparql.href(m.zone, base);
            a.textContent = m.name;
            li.appendChild(a);
            const where = ' ' + (m.province || '') + (m.batch ? ' · 第' + m.batch + '批' : '');
            li.appendChild(document.createTextNode(where));
            el.appendChild(li);
        });
    }

    // The area-weighted centre of a province's largest polygon (islands would pull a plain average out to sea).
    function centroid(g) {
        const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
        let best = null;
        polygons.forEach(function (poly) {
            const ring = poly[0];
            let a = 0, x = 0, y = 0;
            for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
                const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
                a += f; x += (ring[j][0] + ring[i][0]) * f; y += (ring[j][1] + ring[i][1]) * f;
            }
            if (!best || Math.abs(a) > Math.abs(best.a)) { best = {a: a, c: [x / (3 * a), y / (3 * a)]}; }
        });
        return best.c;
    }
})().catch(function (e) {
    'use strict';
    const box = document.querySelector('.zonemap');
    if (box) { box.dataset.error = String(e); box.querySelector('.zonemap-chart').textContent = String(e); }
});
