//! The page's `RefCell` borrows. `borrow` and `borrow_mut` take their caller's location, so each
//! call in the page put a panic location of its own (file, line and column) into the module;
//! through these two the page's borrows share one, as the engine's token look-ups share theirs
//! (`Items`). A borrow that fails still panics, naming this file.

use std::cell::{Ref, RefCell, RefMut};

pub trait Cells<T> {
    /// `RefCell::borrow`.
    fn read(&self) -> Ref<'_, T>;
    /// `RefCell::borrow_mut`.
    fn write(&self) -> RefMut<'_, T>;
}

impl<T> Cells<T> for RefCell<T> {
    #[inline(always)]
    fn read(&self) -> Ref<'_, T> {
        self.borrow()
    }

    #[inline(always)]
    fn write(&self) -> RefMut<'_, T> {
        self.borrow_mut()
    }
}
