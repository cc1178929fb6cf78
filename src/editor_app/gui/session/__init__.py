"""The session: who is signed in, the open article, and what the window does with them."""
