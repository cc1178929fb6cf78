"""The newsroom server: an ASGI application (FastAPI) over the same services as the desktop.

Needs the ``server`` extra (``pip install 'editor-app[server]'``). The server
trusts nothing a client says about who it is: the actor comes from the sign-in
token, times from the server's clock, ids from the services.
"""
