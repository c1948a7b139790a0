// Placeholder entry point; replaced by the emulator's host.
return 0;
