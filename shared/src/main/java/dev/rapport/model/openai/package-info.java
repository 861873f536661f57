/** The OpenAI-compatible Chat Completions adapter (Ollama, vLLM, llama.cpp server). */
package dev.rapport.model.openai;
