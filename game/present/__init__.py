"""What the table shows, as words and plain data, for any front end: the game window
draws it with pygame, the browser's client as HTML and SVG. Nothing here draws."""
