// Draws an IKM's readiness radar from the table of pillar scores it sits above (the table stays the
// accessible source of the same numbers): the verified year, and the year before where the table has it.
// Loaded as a file (no inline script), so the strict Content-Security-Policy holds.
(function () {
  'use strict';

  // "Manajemen dan organisasi" → "Manajemen dan\norganisasi": lines of about 12 characters
  function wrap(name) {
    var lines = [], line = '';
    name.split(' ').forEach(function (word) {
      if (line && (line + ' ' + word).length > 12) { lines.push(line); line = word; } else { line = line ? line + ' ' + word : word; }
    });
    lines.push(line);
    return lines.join('\n');
  }

  function draw(holder) {
    var table = document.getElementById(holder.dataset.radarFor);
    if (!table || typeof echarts === 'undefined') { return; }
    var rows = Array.prototype.map.call(table.querySelectorAll('tbody tr[data-label]'), function (tr) {
      return { name: tr.dataset.label, value: Number(tr.dataset.value),
        previous: tr.dataset.previous ? Number(tr.dataset.previous) : null };
    });
    if (rows.length === 0) { return; }
    var max = Number(holder.dataset.max || 4);
    var css = window.getComputedStyle(document.documentElement);
    var colours = [css.getPropertyValue('--chart-1').trim(), css.getPropertyValue('--chart-2').trim()].filter(Boolean);
    var series = [{ name: holder.dataset.seriesCurrent, value: rows.map(function (r) { return r.value; }) }];
    if (holder.dataset.seriesPrevious && rows.some(function (r) { return r.previous !== null; })) {
      series.push({ name: holder.dataset.seriesPrevious, value: rows.map(function (r) { return r.previous || 0; }),
        lineStyle: { type: 'dashed' } });
    }
    // canvas: the SVG renderer writes style attributes, which the Content-Security-Policy forbids
    var chart = echarts.init(holder, null, { renderer: 'canvas' });
    chart.setOption({
      color: colours.length ? colours : undefined,
      tooltip: { trigger: 'item' },
      legend: { bottom: 0, data: series.map(function (s) { return s.name; }) },
      radar: {
        // the pillars' names are long: on a phone they wrap within a width that fits beside the radar
        radius: holder.clientWidth < 480 ? '50%' : '60%',
        indicator: rows.map(function (r) { return { name: r.name, max: max }; }),
        axisName: { color: css.getPropertyValue('--ink').trim() || '#333', fontSize: 11,
          formatter: holder.clientWidth < 480 ? wrap : undefined }
      },
      series: [{ type: 'radar', areaStyle: { opacity: 0.15 }, data: series }]
    });
    // tells whoever waits for the chart (a browser test) that it is drawn and its animation over
    chart.on('finished', function () { holder.setAttribute('data-chart-ready', 'true'); });
    if (typeof ResizeObserver !== 'undefined') {
      new ResizeObserver(function () { chart.resize(); }).observe(holder);
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-radar-for]'), draw);
  });
}());
