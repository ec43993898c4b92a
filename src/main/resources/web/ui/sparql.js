// Shared by the map and the chart: fetch an example query from queries/ as the server ships it, show it beside the
// picture (so a reader sees what the picture is made of), run it on this server's endpoint, and turn the rows into
// plain objects. Links are paths on this server, so pages work on any host, port or proxy.
window.cbecSparql = (function () {
    'use strict';

    async function queryText(name) {
        const r = await fetch('/ui/query/' + name);
        if (!r.ok) { throw new Error('no query ' + name + ': ' + r.status); }
        return r.text();
    }

    async function run(query) {
        const r = await fetch('/kg/sparql', {
            method: 'POST',
            headers: {'Content-Type': 'application/x-www-form-urlencoded',
                'Accept': 'application/sparql-results+json'},
            body: 'query=' + encodeURIComponent(query)
        });
        if (!r.ok) { throw new Error('query failed: ' + r.status + ' ' + (await r.text())); }
        const json = await r.json();
        return json.results.bindings.map(function (b) {
            const row = {};
            Object.keys(b).forEach(function (k) { row[k] = b[k].value; });
            return row;
        });
    }

    function show(pre, query) {
        pre.textContent = query;    // textContent: the query is shown as text, never as markup
    }

    // A minted IRI's page on this server: the store's base is replaced by this server's root.
    function href(iri, base) {
        return iri && base && iri.indexOf(base) === 0 ? '/' + iri.substring(base.length) : iri;
    }

    // Axis labels in the magnitude words a Chinese reader uses: 1.98万亿, 4345亿, 2000.
    function compact(v) {
        const a = Math.abs(v);
        const round = function (x) { return String(Number(x.toPrecision(4))); };
        if (a >= 1e12) { return round(v / 1e12) + '万亿'; }
        if (a >= 1e8) { return round(v / 1e8) + '亿'; }
        if (a >= 1e4) { return round(v / 1e4) + '万'; }
        return round(v);
    }

    // A period code as a person reads it, as ReadablePeriods does on the server's pages: 2022-Q1 → 2022年一季度
    // and 2022 Q1. Any other shape of code is shown as it is.
    function period(code) {
        let m;
        const q = ['一', '二', '三', '四'];
        if (!code) { return {zh: '?', en: '?'}; }
        if ((m = /^(\d{4})$/.exec(code))) { return {zh: m[1] + '年', en: m[1]}; }
        if ((m = /^(\d{4})-Q(\d)$/.exec(code))) {
            return {zh: m[1] + '年' + q[m[2] - 1] + '季度', en: m[1] + ' Q' + m[2]};
        }
        if ((m = /^(\d{4})-H(\d)$/.exec(code))) {
            return {zh: m[1] + '年' + (m[2] === '1' ? '上' : '下') + '半年', en: m[1] + ' H' + m[2]};
        }
        if ((m = /^(\d{4})-(\d{2})$/.exec(code))) { return {zh: m[1] + '年' + Number(m[2]) + '月', en: code}; }
        if ((m = /^as_of_(\d{4})-(\d{2})-(\d{2})$/.exec(code))) {
            return {zh: '截至' + m[1] + '年' + Number(m[2]) + '月' + Number(m[3]) + '日',
                en: 'as of ' + code.substring(6)};
        }
        if ((m = /^(\d{4})\/(\d{4})$/.exec(code))) {
            return {zh: m[1] + '—' + m[2] + '年', en: m[1] + '–' + m[2]};
        }
        return {zh: code, en: code};
    }

    return {queryText: queryText, run: run, show: show, href: href, compact: compact, period: period};
})();
