package dev.rapport.model;

public enum Role {
    USER,
    ASSISTANT
}
