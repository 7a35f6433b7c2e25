// Canting's only script: opens the menu on a phone, selects all of a queue's rows, and draws each chart from the table it sits
// above, so the chart and its accessible table always show the same numbers, and a click on a bar
// or slice opens the records behind it. Loaded as a file (no inline script), so a strict Content-Security-Policy holds.
(function () {
  'use strict';

  function rowsOf(table) {
    return Array.prototype.map.call(table.querySelectorAll('tbody tr[data-label]'), function (tr) {
      return {
        name: tr.dataset.label, value: Number(tr.dataset.value), href: tr.dataset.href || null,
        previous: tr.dataset.previous === undefined ? null : Number(tr.dataset.previous),
        values: tr.dataset.values === undefined ? null : tr.dataset.values.split(',').map(Number),
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
    var option = type === 'line' ? lineOption(holder, rows) : type === 'bars' ? barsOption(holder, rows) : type === 'pie'
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

  // grouped bars, one series per name in data-series (split by |), each row's values in data-values
  function barsOption(holder, rows) {
    var colours = ['#d9b48f', '#b06a2c', '#7a3b12'];
    return {
      tooltip: { trigger: 'axis', valueFormatter: formatNumber },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 8, bottom: 32, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: formatNumber } },
      yAxis: { type: 'category', inverse: true, data: rows.map(function (r) { return r.name; }) },
      series: holder.dataset.series.split('|').map(function (name, i) {
        return { name: name, type: 'bar', data: rows.map(function (r) { return r.values[i]; }),
          itemStyle: { color: colours[i % colours.length] } };
      })
    };
  }

  // The province map: boundaries from /geo (each feature's "code" is the Kemendagri province code),
  // values from the rows of the province table, shaded by IKM or workers as the toggle says, and a
  // click on a province opens its IKM like the bar and the table row do.
  function drawMap(holder) {
    var table = document.getElementById(holder.dataset.mapFor);
    if (!table || typeof echarts === 'undefined') { return; }
    var rows = Array.prototype.map.call(table.querySelectorAll('tbody tr[data-code]'), function (tr) {
      return { code: tr.dataset.code, label: tr.dataset.label, ikm: Number(tr.dataset.ikm),
        workers: Number(tr.dataset.workers), href: tr.dataset.href || null };
    });
    fetch(holder.dataset.geo).then(function (response) { return response.json(); }).then(function (geo) {
      if (!echarts.getMap('indonesia')) { echarts.registerMap('indonesia', geo); }
      var chart = echarts.init(holder, null, { renderer: 'canvas' });
      var toggles = document.querySelectorAll('[data-map-measure][data-map-target="' + holder.id + '"]');
      function render(measure) {
        var data = rows.map(function (r) { return { name: r.code, value: r[measure], label: r.label, href: r.href }; });
        var max = Math.max.apply(null, [1].concat(data.map(function (d) { return d.value; })));
        chart.setOption({
          tooltip: { trigger: 'item', formatter: function (p) {
            return p.data ? p.data.label + ': ' + formatNumber(p.data.value) : p.name;
          } },
          visualMap: { min: 0, max: max, left: 8, bottom: 8, calculable: false, formatter: formatNumber,
            inRange: { color: ['#f6e7d7', '#7a3b12'] } },
          series: [{ type: 'map', map: 'indonesia', nameProperty: 'code', roam: false, selectedMode: false,
            data: data, emphasis: { label: { show: false }, itemStyle: { areaColor: '#c9a227' } } }]
        });
        toggles.forEach(function (button) {
          button.setAttribute('aria-pressed', String(button.dataset.mapMeasure === measure));
        });
        holder.dataset.measure = measure;
      }
      render('ikm');
      toggles.forEach(function (button) {
        button.addEventListener('click', function () { render(button.dataset.mapMeasure); });
      });
      chart.on('click', function (params) {
        if (params.data && params.data.href) { window.location.href = params.data.href; }
      });
      window.addEventListener('resize', function () { chart.resize(); });
      holder.dataset.ready = 'true';
    });
  }

  // htmx requests that change data carry the same CSRF token as the page's forms
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) { event.detail.headers[header.content] = token.content; }
  });

  // The menu button of a phone: opens and closes the menu it controls, and Escape closes it again,
  // handing the focus back to the button so a keyboard user is not left inside a hidden menu.
  function menuButton(button) {
    var menu = document.getElementById(button.getAttribute('aria-controls'));
    if (!menu) { return; }
    function show(open) {
      button.setAttribute('aria-expanded', String(open));
      menu.classList.toggle('open', open);
    }
    button.addEventListener('click', function () { show(button.getAttribute('aria-expanded') !== 'true'); });
    menu.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
        show(false);
        button.focus();
      }
    });
  }

  // Select-all of a queue's batch form: ticks or clears every enabled box of its name in the same
  // form, and shows "some" (indeterminate) when only part are ticked. It names no field, so the form
  // posts exactly the ids ticked; delegated from the document, so it also works after an htmx swap.
  function boxesOf(all) {
    var form = all.form || all.closest('form');
    return form ? Array.prototype.filter.call(form.querySelectorAll('input[type="checkbox"][name="' + all.dataset.selectAll + '"]'),
      function (box) { return !box.disabled; }) : [];
  }
  function showSelectAll(all) {
    var boxes = boxesOf(all);
    var ticked = boxes.filter(function (box) { return box.checked; }).length;
    all.checked = boxes.length > 0 && ticked === boxes.length;
    all.indeterminate = ticked > 0 && ticked < boxes.length;
  }
  function readySelectAll(root) {
    root.querySelectorAll('input[data-select-all]').forEach(function (all) {
      all.hidden = false;
      all.disabled = boxesOf(all).length === 0;
      showSelectAll(all);
    });
  }
  document.addEventListener('change', function (event) {
    var box = event.target;
    if (box.matches && box.matches('input[data-select-all]')) {
      boxesOf(box).forEach(function (b) { b.checked = box.checked; });
    } else if (box.form && box.type === 'checkbox' && box.name) {
      box.form.querySelectorAll('input[data-select-all="' + box.name + '"]').forEach(showSelectAll);
    }
  });
  document.addEventListener('htmx:afterSwap', function (event) { readySelectAll(event.target); });

  document.addEventListener('DOMContentLoaded', function () {
    readySelectAll(document);
    document.querySelectorAll('.menu-button[aria-controls]').forEach(menuButton);
    document.querySelectorAll('[data-chart-for]').forEach(draw);
    document.querySelectorAll('[data-map-for]').forEach(drawMap);
  });
})();
