"""Parts of the review screen (Tinjauan): the post's detail, the word diff, the photos; the page itself is
``opdstudio.ui.pages.review``."""
