"""Small developer tools."""
