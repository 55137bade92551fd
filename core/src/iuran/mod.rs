//! Contributions (iuran) for PU, BPU, Jakon and PMI participants.
