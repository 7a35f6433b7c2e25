// Canting's only script: draws each chart from the table it sits above, so the chart and its
// accessible table always show the same numbers, and a click on a bar or slice opens the records
// behind it. Loaded as a file (no inline script), so a strict Content-Security-Policy holds.
(function () {
  'use strict';

  function rowsOf(table) {
    return Array.prototype.map.call(table.querySelectorAll('tbody tr[data-label]'), function (tr) {
      return {
        name: tr.dataset.label, value: Number(tr.dataset.value), href: tr.dataset.href || null,
        previous: tr.dataset.previous === undefined ? null : Number(tr.dataset.previous),
        previousHref: tr.dataset.previousHref || null
      };
    });
  }

  // numbers as the page's language writes them (200.000 in Indonesian, 200,000 in English)
  function formatNumber(value) {
    return Number(value).toLocaleString(document.documentElement.lang || 'id');
  }

  function draw(holder) {
    var table = document.getElementById(holder.dataset.chartFor);
    if (!table || typeof echarts === 'undefined') { return; }
    var rows = rowsOf(table);
    // canvas: the SVG renderer writes style attributes, which the Content-Security-Policy forbids
    var chart = echarts.init(holder, null, { renderer: 'canvas' });
    var type = holder.dataset.chartType;
    var option = type === 'line' ? lineOption(holder, rows) : type === 'pie'
      ? {
          tooltip: { trigger: 'item', valueFormatter: formatNumber },
          legend: { bottom: 0, type: 'scroll' },
          series: [{ type: 'pie', radius: ['30%', '62%'], center: ['50%', '45%'], data: rows, label: { formatter: '{d}%' } }]
        }
      : {
          tooltip: { trigger: 'axis', valueFormatter: formatNumber },
          grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
          xAxis: { type: 'value', axisLabel: { formatter: formatNumber } },
          yAxis: { type: 'category', inverse: true, data: rows.map(function (r) { return r.name; }) },
          series: [{ type: 'bar', data: rows.map(function (r) { return r.value; }), itemStyle: { color: '#7a3b12' } }]
        };
    chart.setOption(option);
    // tells whoever waits for the chart (a browser test) that it is drawn and its animation over
    chart.on('finished', function () { holder.setAttribute('data-chart-ready', 'true'); });
    chart.on('click', function (params) {
      var row = rows[params.dataIndex];
      // in a line chart with the year before, its points open the year before's records
      var href = row && (params.seriesIndex === 1 ? row.previousHref : row.href);
      if (href) { window.location.href = href; }
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  // a line per month, with the same months of the year before as a second, dashed line
  function lineOption(holder, rows) {
    return {
      tooltip: { trigger: 'axis', valueFormatter: formatNumber },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 32, containLabel: true },
      xAxis: { type: 'category', data: rows.map(function (r) { return r.name; }) },
      yAxis: { type: 'value', axisLabel: { formatter: formatNumber } },
      series: [
        { name: holder.dataset.seriesCurrent, type: 'line', symbolSize: 8, data: rows.map(function (r) { return r.value; }),
          itemStyle: { color: '#7a3b12' } },
        { name: holder.dataset.seriesPrevious, type: 'line', symbolSize: 6, data: rows.map(function (r) { return r.previous; }),
          itemStyle: { color: '#b89b72' }, lineStyle: { type: 'dashed' } }
      ]
    };
  }

  // htmx requests that change data carry the same CSRF token as the page's forms
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) { event.detail.headers[header.content] = token.content; }
  });

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-chart-for]').forEach(draw);
  });
})();
