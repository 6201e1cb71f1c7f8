await new Promise((resolve) => setTimeout(resolve, 10));
throw new TypeError('rejected after await');
