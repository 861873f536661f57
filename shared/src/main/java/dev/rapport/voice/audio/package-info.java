/** Checks a voice note before anything is sent anywhere: real format, declared format, length and size. */
package dev.rapport.voice.audio;
