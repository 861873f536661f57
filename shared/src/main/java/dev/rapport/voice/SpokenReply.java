package dev.rapport.voice;

/** A reply read aloud: the audio and what it is, for the client to play. */
public record SpokenReply(String mediaType, byte[] audio, String voice) {}
