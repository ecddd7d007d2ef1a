"""Second opinions in the desktop: the consult workspace, the request wizard, the address book."""
