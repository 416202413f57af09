"""Classroom play over the network: the protocol, the server, its journal, the client."""
