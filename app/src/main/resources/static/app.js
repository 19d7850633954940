// Draws every <canvas data-chart="{Chart.js config}"> (the server writes the configs; no inline scripts).
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var config = JSON.parse(canvas.dataset.chart);
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options || {});
    new Chart(canvas, config);
  });
});
