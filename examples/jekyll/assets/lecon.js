// The lesson's link "Essayez un taux d'apprentissage plus grand": raises the learning rate of
// the first demo and plays it (the scripting API of <nn-playground>, see the README).
const demo = document.querySelector('#descente');
document.querySelector('#plus-vite')?.addEventListener('click', (event) => {
  event.preventDefault();
  demo.set('lr=0.3');
  demo.play();
  demo.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
});
