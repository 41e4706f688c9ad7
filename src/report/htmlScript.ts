/**
 * The HTML report's only script: the kind and outlet filters. It shows the filter form (hidden
 * without scripts, so a page with scripts off shows everything and no dead controls) and, on every
 * change, hides the divergences whose kind is unchecked or that involve an unchecked outlet, and
 * the statements, matrix columns and articles of unchecked outlets. It reads the page's `data-`
 * attributes only; no report data is inlined into the script.
 */
export const HTML_SCRIPT = `
(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) return;
  var status = document.getElementById('filter-status');
  function checked(name) {
    var values = {};
    form.querySelectorAll('input[name="' + name + '"]').forEach(function (box) { if (box.checked) values[box.value] = true; });
    return values;
  }
  function update() {
    var kinds = checked('kind');
    var outlets = checked('outlet');
    var shown = 0;
    var all = document.querySelectorAll('[data-kind]');
    all.forEach(function (el) {
      var involved = JSON.parse(el.getAttribute('data-outlets') || '[]');
      var visible = kinds[el.getAttribute('data-kind')] === true && involved.every(function (o) { return outlets[o] === true; });
      el.hidden = !visible;
      if (visible) shown += 1;
    });
    document.querySelectorAll('[data-outlet]').forEach(function (el) {
      el.hidden = outlets[el.getAttribute('data-outlet')] !== true;
    });
    document.querySelectorAll('[data-divergence-count]').forEach(function (el) {
      var scope = document.getElementById(el.getAttribute('data-divergence-count'));
      if (scope) el.textContent = String(scope.querySelectorAll('[data-kind]:not([hidden])').length);
    });
    if (status) status.textContent = 'Showing ' + shown + ' of ' + all.length + ' divergences';
  }
  form.addEventListener('change', update);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  var reset = document.getElementById('filter-reset');
  if (reset) reset.addEventListener('click', function () {
    form.querySelectorAll('input[type="checkbox"]').forEach(function (box) { box.checked = true; });
    update();
  });
  form.hidden = false;
  update();
})();
`;
