"""Concert of Powers: a negotiation game about great powers and the institutions of world order."""
