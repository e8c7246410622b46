"""Serializers per resource; ``base`` holds the shared building blocks."""
