"""Authoring commands: start a policy (init), publish it (render), fix wording (fix).

Each command lives in its own module and is imported only when it runs, so
``policy-lint check`` never loads this code.
"""
