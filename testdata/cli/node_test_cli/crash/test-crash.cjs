throw new Error('fails to load');
