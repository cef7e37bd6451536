"""The scenes of the game (Title, Setup, Panorama, Question, Reveal, Debrief) and the overlays
that stack on top of them (pause, help, confirmation, black screen, score adjustment)."""
