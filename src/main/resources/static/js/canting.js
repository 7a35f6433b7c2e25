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
        previousHref: tr.dataset.previousHref || null, tooltip: tr.dataset.tooltip || null
      };
    });
  }

  function language() {
    return document.documentElement.lang || 'id';
  }

  // numbers as the page's language writes them (200.000 in Indonesian, 200,000 in English)
  function formatNumber(value) {
    return Number(value).toLocaleString(language());
  }

  // a share as the tables beside the charts write it: one decimal, in the page's language (85,9 %)
  function formatPercent(value) {
    return Number(value).toLocaleString(language(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }) + ' %';
  }

  // One theme for every chart, its colours read from the site's stylesheet (--chart-1 … and the
  // page's ink and lines), registered once: no chart names a colour of its own, so a change of the
  // site's palette changes every chart.
  var THEME = 'canting';

  function registerTheme() {
    var css = window.getComputedStyle(document.documentElement);
    function colour(name) { return css.getPropertyValue(name).trim(); }
    var palette = [1, 2, 3, 4, 5, 6].map(function (i) { return colour('--chart-' + i); }).filter(Boolean);
    var ink = colour('--ink'), muted = colour('--muted'), line = colour('--line');
    var axis = {
      axisLine: { lineStyle: { color: line } }, axisTick: { lineStyle: { color: line } },
      axisLabel: { color: muted }, splitLine: { lineStyle: { color: [line] } }
    };
    echarts.registerTheme(THEME, {
      color: palette,
      backgroundColor: 'transparent',
      textStyle: { color: ink },
      legend: { textStyle: { color: ink } },
      categoryAxis: Object.assign({}, axis, { axisLabel: { color: ink } }),
      valueAxis: axis,
      visualMap: { textStyle: { color: ink } },
      map: { itemStyle: { areaColor: colour('--chart-empty'), borderColor: '#fff' },
        emphasis: { itemStyle: { areaColor: colour('--chart-highlight') } } }
    });
    return colour;
  }

  // Every chart follows its holder's width: the window turning a phone, or a grid going to one column.
  function keepSized(holder, chart) {
    if (typeof ResizeObserver !== 'undefined') {
      new ResizeObserver(function () { chart.resize(); }).observe(holder);
    } else {
      window.addEventListener('resize', function () { chart.resize(); });
    }
  }

  // Nothing to draw (no rows, or every figure zero) is said in words, never drawn as an even pie or
  // an empty axis; the pages say so on the server already, this keeps a chart honest should one not.
  function hasData(rows) {
    return rows.some(function (r) {
      return (r.value > 0) || (r.previous > 0) || (r.values && r.values.some(function (v) { return v > 0; }));
    });
  }

  function draw(holder) {
    var table = document.getElementById(holder.dataset.chartFor);
    if (!table || typeof echarts === 'undefined') { return; }
    var rows = rowsOf(table);
    if (!hasData(rows)) {
      holder.textContent = holder.dataset.noData || '';
      holder.classList.add('no-data');
      return;
    }
    // canvas: the SVG renderer writes style attributes, which the Content-Security-Policy forbids
    var chart = echarts.init(holder, THEME, { renderer: 'canvas' });
    var type = holder.dataset.chartType;
    var option = type === 'line' ? lineOption(holder, rows) : type === 'bars' ? barsOption(holder, rows)
      : type === 'share' ? shareOption(rows) : type === 'pie' ? pieOption(rows) : barOption(rows);
    chart.setOption(option);
    // tells whoever waits for the chart (a browser test) that it is drawn and its animation over
    chart.on('finished', function () { holder.setAttribute('data-chart-ready', 'true'); });
    chart.on('click', function (params) {
      var row = rows[params.dataIndex];
      // in a line chart with the year before, its points open the year before's records
      var href = row && (params.seriesIndex === 1 ? row.previousHref : row.href);
      if (href) { window.location.href = href; }
    });
    keepSized(holder, chart);
  }

  function names(rows) {
    return rows.map(function (r) { return r.name; });
  }

  function barOption(rows) {
    return {
      tooltip: { trigger: 'axis', valueFormatter: formatNumber },
      grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: formatNumber } },
      yAxis: { type: 'category', inverse: true, data: names(rows) },
      series: [{ type: 'bar', data: rows.map(function (r) { return r.value; }) }]
    };
  }

  // Parts of one whole (a size class, a kind of unit, an HS code's value): each IKM or dollar counts once.
  function pieOption(rows) {
    return {
      tooltip: { trigger: 'item', valueFormatter: formatNumber },
      legend: { bottom: 0, type: 'scroll' },
      series: [{ type: 'pie', radius: ['30%', '62%'], center: ['50%', '45%'], data: rows,
        label: { formatter: function (p) { return formatPercent(p.percent); } } }]
    };
  }

  // The share of the IKM in the selection that use each technique, category or dye (data-value is
  // the percentage): an IKM may use several, so the bars add up to more than 100 % and must not be a pie.
  function shareOption(rows) {
    return {
      tooltip: { trigger: 'axis', formatter: function (params) {
        var row = rows[params[0].dataIndex];
        return row.name + ': ' + formatPercent(row.value) + (row.tooltip ? '<br>' + row.tooltip : '');
      } },
      grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
      // 0, 50 and 100 %: more labels collide on a phone, and each bar carries its own share
      xAxis: { type: 'value', min: 0, max: 100, interval: 50,
        axisLabel: { formatter: function (v) { return formatNumber(v) + ' %'; } } },
      yAxis: { type: 'category', inverse: true, data: names(rows) },
      series: [{ type: 'bar', data: rows.map(function (r) { return r.value; }),
        label: { show: true, position: 'right', formatter: function (p) { return formatPercent(p.value); } } }]
    };
  }

  // a line per month, with the same months of the year before as a second, dashed line
  function lineOption(holder, rows) {
    return {
      tooltip: { trigger: 'axis', valueFormatter: formatNumber },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 32, containLabel: true },
      xAxis: { type: 'category', data: names(rows) },
      yAxis: { type: 'value', axisLabel: { formatter: formatNumber } },
      series: [
        { name: holder.dataset.seriesCurrent, type: 'line', symbolSize: 8, data: rows.map(function (r) { return r.value; }) },
        { name: holder.dataset.seriesPrevious, type: 'line', symbolSize: 6, data: rows.map(function (r) { return r.previous; }),
          lineStyle: { type: 'dashed' } }
      ]
    };
  }

  // grouped bars, one series per name in data-series (split by |), each row's values in data-values
  function barsOption(holder, rows) {
    return {
      tooltip: { trigger: 'axis', valueFormatter: formatNumber },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 8, bottom: 32, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: formatNumber } },
      yAxis: { type: 'category', inverse: true, data: names(rows) },
      series: holder.dataset.series.split('|').map(function (name, i) {
        return { name: name, type: 'bar', data: rows.map(function (r) { return r.values[i]; }) };
      })
    };
  }

  // The map's legend: ranges of equal width on a readable step (1, 2, 5 times a power of ten), each
  // labelled with its numbers, and provinces with none as a range of their own.
  function mapPieces(max, emptyColour) {
    var raw = Math.max(1, max / 4);
    var power = Math.pow(10, Math.floor(Math.log(raw) / Math.LN10));
    var step = [1, 2, 5, 10].map(function (m) { return m * power; }).filter(function (s) { return s >= raw; })[0];
    step = Math.max(1, Math.ceil(step));
    var pieces = [{ value: 0, label: formatNumber(0), color: emptyColour }];
    for (var low = 0; low < max; low += step) {
      pieces.push({ min: low + 1, max: low + step,
        label: step === 1 ? formatNumber(low + 1) : formatNumber(low + 1) + '\u2013' + formatNumber(low + step) });
    }
    return pieces;
  }

  // The province map: boundaries from /geo (each feature's "code" is the Kemendagri province code),
  // values from the rows of the province table, shaded by IKM or workers as the toggle says, and a
  // click on a province opens its IKM like the bar and the table row do.
  function drawMap(holder, colour) {
    var table = document.getElementById(holder.dataset.mapFor);
    if (!table || typeof echarts === 'undefined') { return; }
    var rows = Array.prototype.map.call(table.querySelectorAll('tbody tr[data-code]'), function (tr) {
      return { code: tr.dataset.code, label: tr.dataset.label, ikm: Number(tr.dataset.ikm),
        workers: Number(tr.dataset.workers), href: tr.dataset.href || null };
    });
    fetch(holder.dataset.geo).then(function (response) { return response.json(); }).then(function (geo) {
      if (!echarts.getMap('indonesia')) { echarts.registerMap('indonesia', geo); }
      var chart = echarts.init(holder, THEME, { renderer: 'canvas' });
      var toggles = document.querySelectorAll('[data-map-measure][data-map-target="' + holder.id + '"]');
      function render(measure) {
        var data = rows.map(function (r) { return { name: r.code, value: r[measure], label: r.label, href: r.href }; });
        var max = Math.max.apply(null, [1].concat(data.map(function (d) { return d.value; })));
        chart.setOption({
          tooltip: { trigger: 'item', formatter: function (p) {
            return p.data ? p.data.label + ': ' + formatNumber(p.data.value) : p.name;
          } },
          visualMap: { type: 'piecewise', pieces: mapPieces(max, colour('--chart-empty')), left: 8, bottom: 8,
            itemWidth: 14, itemHeight: 10, textGap: 6,
            // a piecewise scale takes no colours from the theme: the stylesheet's, light to dark
            inRange: { color: [colour('--chart-scale-low'), colour('--chart-scale-high')] } },
          series: [{ type: 'map', map: 'indonesia', nameProperty: 'code', roam: false, selectedMode: false,
            data: data, emphasis: { label: { show: false } } }]
        }, { replaceMerge: ['visualMap'] });
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
      keepSized(holder, chart);
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
    if (typeof echarts === 'undefined') { return; }
    var colour = registerTheme();
    document.querySelectorAll('[data-chart-for]').forEach(draw);
    document.querySelectorAll('[data-map-for]').forEach(function (holder) { drawMap(holder, colour); });
  });
})();
