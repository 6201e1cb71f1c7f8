console.error('leaving with 3');
process.exit(3);
