"""Loading reference data (the gazetteer's areas) and a demonstration network."""
