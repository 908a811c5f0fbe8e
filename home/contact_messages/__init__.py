"""Contact messages: who may read them, how they are e-mailed, what staff see of failures."""
