// The sentra map of the sentra development page: the province boundaries from /geo, and each sentra
// with known coordinates as a point coloured by its development score (0–100), read from the rows of
// the ranking table beside it, so the map and its accessible table show the same sentra. A click on a
// point opens the sentra's development page. Loaded as a file (no inline script) for the CSP.
(function () {
  'use strict';

  function colour(name) {
    return window.getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  }

  function draw(holder) {
    var table = document.getElementById(holder.dataset.sentraMapFor);
    if (!table || typeof echarts === 'undefined') { return; }
    var points = Array.prototype.map.call(table.querySelectorAll('tbody tr[data-lat]'), function (tr) {
      return { name: tr.dataset.label, value: [Number(tr.dataset.lon), Number(tr.dataset.lat), Number(tr.dataset.score)],
        href: tr.dataset.href };
    });
    fetch(holder.dataset.geo).then(function (response) { return response.json(); }).then(function (geo) {
      if (!echarts.getMap('indonesia')) { echarts.registerMap('indonesia', geo); }
      // canvas: the SVG renderer writes style attributes, which the Content-Security-Policy forbids
      var chart = echarts.init(holder, 'canting', { renderer: 'canvas' });
      chart.setOption({
        tooltip: { trigger: 'item', formatter: function (p) {
          return p.data ? p.data.name + ': ' + Number(p.data.value[2]).toLocaleString(document.documentElement.lang || 'id') : p.name;
        } },
        geo: { map: 'indonesia', nameProperty: 'code', roam: true, selectedMode: false,
          itemStyle: { areaColor: colour('--chart-empty'), borderColor: '#fff' },
          emphasis: { disabled: true } },
        visualMap: { type: 'continuous', min: 0, max: 100, dimension: 2, calculable: false, left: 8, bottom: 8,
          itemWidth: 12, itemHeight: 90, text: [holder.dataset.high || '100', holder.dataset.low || '0'],
          inRange: { color: [colour('--chart-1'), colour('--chart-2'), colour('--chart-4')] } },
        series: [{ type: 'scatter', coordinateSystem: 'geo', symbolSize: 9, data: points,
          itemStyle: { borderColor: '#fff', borderWidth: 1 } }]
      });
      chart.on('finished', function () { holder.setAttribute('data-chart-ready', 'true'); });
      chart.on('click', function (params) {
        if (params.data && params.data.href) { window.location.href = params.data.href; }
      });
      if (typeof ResizeObserver !== 'undefined') {
        new ResizeObserver(function () { chart.resize(); }).observe(holder);
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-sentra-map-for]').forEach(draw);
  });
})();
