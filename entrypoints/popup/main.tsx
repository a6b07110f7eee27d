document.getElementById('app')!.textContent = 'Verbatim';
