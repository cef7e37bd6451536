"""Question banks as the user handles them: a folder or one .zip, and the one chosen last."""
