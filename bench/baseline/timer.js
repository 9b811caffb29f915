// The bench's baseline: a countdown the way most web timer pages are written.
// A counter of seconds left, decremented by setInterval every 1000 ms; the
// digits and a progress bar are rewritten on every tick. Steps (seconds each)
// come from the query string: index.html?steps=30,3,30 runs three in a row.
'use strict';

const steps = (new URLSearchParams(location.search).get('steps') || '30')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const title = document.getElementById('title');
const time = document.getElementById('time');
const fill = document.getElementById('fill');
const start = document.getElementById('start');

let step = 0;
let left = steps[0];
let interval = null;

function show() {
  const m = Math.floor(left / 60);
  const s = left % 60;
  time.textContent = m + ':' + (s < 10 ? '0' : '') + s;
  fill.style.width = (100 * (steps[step] - left)) / steps[step] + '%';
}

function tick() {
  left -= 1;
  if (left <= 0) {
    step += 1;
    if (step >= steps.length) {
      clearInterval(interval);
      left = 0;
      title.textContent = 'Session complete';
      show();
      return;
    }
    left = steps[step];
    title.textContent = 'Step ' + (step + 1) + ' of ' + steps.length;
  }
  show();
}

start.addEventListener('click', () => {
  if (interval) return;
  start.hidden = true;
  title.textContent = 'Step 1 of ' + steps.length;
  interval = setInterval(tick, 1000);
});

show();
